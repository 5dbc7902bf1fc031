#!/usr/bin/env bash
# install-system-deps.sh — install the Debian packages the real-mail-server tests need.
#
# Idempotent and non-interactive: installs only what is missing (apt-get update only then),
# never starts the system Postfix/Dovecot (a temporary deny-all policy-rc.d), and
# preseeds Postfix to "No configuration" so /etc/postfix stays unconfigured: the tests
# run their own private instances (tests/mailservers.py).
# Runs as root (CI); otherwise re-runs itself through sudo when available.
set -euo pipefail

PKGS=(postfix dovecot-imapd dovecot-lmtpd dovecot-sieve openssl)
LOCK_WAIT=600 # seconds to wait for another apt/dpkg run (e.g. an image build) to finish

missing=()
for p in "${PKGS[@]}"; do
	# "install ok installed" only; half-installed/config-files states count as missing.
	if [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)" != "install ok installed" ]; then
		missing+=("$p")
	fi
done

if [ ${#missing[@]} -eq 0 ]; then
	echo "install-system-deps: all present (${PKGS[*]})"
	exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
	if command -v sudo >/dev/null 2>&1; then
		exec sudo -- "$0" "$@"
	fi
	echo "install-system-deps: missing ${missing[*]}; run as root:" >&2
	echo "  apt-get update && apt-get install -y ${missing[*]}" >&2
	exit 1
fi

echo "install-system-deps: installing ${missing[*]}"

# Debian's maintainer scripts start services through invoke-rc.d, which obeys
# policy-rc.d; exit 101 = "action forbidden". Only ours is removed afterwards.
if [ ! -e /usr/sbin/policy-rc.d ]; then
	trap 'rm -f /usr/sbin/policy-rc.d' EXIT
	printf '#!/bin/sh\n# temporary, from install-system-deps.sh: start no services\nexit 101\n' \
		>/usr/sbin/policy-rc.d
	chmod 755 /usr/sbin/policy-rc.d
fi

# debconf-set-selections ships with debconf, which every Debian system has.
echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections

export DEBIAN_FRONTEND=noninteractive
# Another apt/dpkg run (an image build, unattended-upgrades) may hold the locks.
# DPkg::Lock::Timeout makes apt wait for the dpkg lock; the retry loop also covers the
# lists lock of `apt-get update`. Both bounded by LOCK_WAIT.
apt_get() {
	local deadline=$((SECONDS + LOCK_WAIT))
	until apt-get -o DPkg::Lock::Timeout="$LOCK_WAIT" "$@"; do
		if [ "$SECONDS" -ge "$deadline" ]; then
			echo "install-system-deps: apt-get $* kept failing for ${LOCK_WAIT}s" >&2
			return 1
		fi
		echo "install-system-deps: apt-get $1 failed (lock held?), retrying in 5 s" >&2
		sleep 5
	done
}
apt_get update -qq
apt_get install -y -qq \
	-o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "${missing[@]}"

for p in "${PKGS[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$' || {
		echo "install-system-deps: $p still not installed" >&2
		exit 1
	}
done
echo "install-system-deps: done"
