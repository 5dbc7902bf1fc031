"""A Jinja sandbox that bounds the work a template may do.

Jinja's sandbox keeps a template away from Python's internals, not from running
for ever: two nested `range(100000)` loops are 10^10 steps, `'x' * 10**9` a
gigabyte, and a worker rendering either hung. Here every template renders
within three bounds, all counted, never timed, so a template gets the same
verdict on any machine under any load, from `validate` as from the worker:

- steps: each loop item, call and filter is one (MAX_STEPS a message);
- text: the characters of every value a call, filter or operator takes or
  makes, and of the literal text a loop repeats (MAX_TEXT a message). Where a
  small input makes a large output (`s * n`, `s.replace`, `'%999999999d'`,
  `'{:>999999999}'`, `n ** m`) the size is worked out *before* it is made;
- output: what the message's blocks write (MAX_OUTPUT).

`bounded()` opens the budget for one message; `TemplateLimit` says, in the
practitioner's words, which bound a template went over.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import jinja2.nodes as nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.runtime import Context, LoopContext
from jinja2.sandbox import ImmutableSandboxedEnvironment, SandboxedFormatter
from jinja2.utils import Namespace
from markupsafe import EscapeFormatter, Markup

# A message loops over a client's few sessions or supplies: tens of steps, a few
# thousand characters. The bounds are far above that and keep the worst template to
# well under a second of rendering, so even one failing for every client is quick.
MAX_STEPS = 20_000
MAX_TEXT = 5_000_000
MAX_OUTPUT = 1_000_000
# Python itself refuses to write an int of more digits (sys.int_max_str_digits).
MAX_DIGITS = 4300
_MAX_BITS = MAX_DIGITS * 10 // 3
# What an {% include %} inside a loop is charged per item, its text being unknown here.
_INCLUDE_COST = 10_000


class TemplateLimit(Exception):
    """A template went over one of the bounds; `str()` says which, in plain words."""


def _too_many_steps() -> TemplateLimit:
    return TemplateLimit(
        f"this template repeats too much (more than {MAX_STEPS} steps); a message "
        "needs only a few loops over the client's own data"
    )


def _too_much_text() -> TemplateLimit:
    return TemplateLimit(
        f"this template builds too much text (more than {MAX_TEXT} characters); "
        "a message is a few paragraphs"
    )


class Budget:
    """What one message's rendering has used so far."""

    __slots__ = ("output", "steps", "text")

    def __init__(self) -> None:
        self.steps = 0
        self.text = 0
        self.output = 0

    @property
    def room(self) -> int:
        return MAX_TEXT - self.text

    def step(self) -> None:
        self.steps += 1
        if self.steps > MAX_STEPS:
            raise _too_many_steps()

    def ahead(self, steps: int) -> None:
        """Refuse before work of `steps` steps is begun."""
        if self.steps + steps > MAX_STEPS:
            raise _too_many_steps()

    def ensure(self, size: int) -> None:
        """Refuse before a value of `size` characters is made."""
        if size > self.room:
            raise _too_much_text()

    def made(self, size: int) -> None:
        self.text += size
        if self.text > MAX_TEXT:
            raise _too_much_text()

    def wrote(self, size: int) -> None:
        self.output += size
        if self.output > MAX_OUTPUT:
            raise TemplateLimit(
                f"this message would be longer than {MAX_OUTPUT} characters; "
                "a message is a few paragraphs"
            )


_BUDGET: ContextVar[Budget | None] = ContextVar("carecall_template_budget", default=None)


@contextmanager
def bounded() -> Iterator[Budget]:
    """A fresh budget for everything rendered inside (one message)."""
    budget = Budget()
    token = _BUDGET.set(budget)
    try:
        yield budget
    finally:
        _BUDGET.reset(token)


def current() -> Budget:
    # Outside `bounded()` (a template compiled on its own) each operation is still
    # bounded by itself.
    return _BUDGET.get() or Budget()


def size(value: object, limit: int = MAX_TEXT) -> int:
    """About how many characters `value` writes as text, counted up to just past `limit`.

    Containers are walked (shared items counted each time, as `str()` would write
    them); the walk stops once past `limit`, so its own cost is bounded too.
    """
    if isinstance(value, str):  # by far the most common: no walk
        return len(value) + 1
    total = 0
    stack = [value]
    while stack and total <= limit:
        item = stack.pop()
        total += 1  # every item at least one: a cycle cannot walk for ever
        if isinstance(item, str | bytes):
            total += len(item)
        elif isinstance(item, bool | float | range):
            pass  # a range is lazy; iterating it counts steps
        elif isinstance(item, int):
            total += item.bit_length() * 3 // 10
        elif isinstance(item, Namespace):
            stack.append(item._Namespace__attrs)
        elif isinstance(item, Context):
            pass  # the template's own variables, not a value it made
        elif isinstance(item, Mapping):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list | tuple | set | frozenset):
            stack.extend(item)
    return total


def bounded_range(*args: int) -> range:
    """`range`, refused when it alone has more items than a message may take steps."""
    numbers = range(*args)
    try:
        too_long = len(numbers) > MAX_STEPS
    except OverflowError:  # more items than a machine word counts
        too_long = True
    if too_long:
        raise _too_many_steps()
    return numbers


def _materialize(values: Iterable[Any], budget: Budget) -> list[Any]:
    """A lazy sequence as a list, each item a step, refused as soon as it is too long."""
    if isinstance(values, list | tuple):
        return list(values)
    out: list[Any] = []
    for item in values:
        budget.step()
        out.append(item)
    return out


# printf-style conversions (Python's `%`): key, width, precision, conversion.
_PERCENT = re.compile(r"%(?:\(([^)]*)\))?[#0\- +]*(\*|\d+)?(?:\.(\*|\d*))?[hlL]?(.)", re.S)


def _number(digits: str) -> int:
    return int(digits) if len(digits) <= 9 else MAX_TEXT + 1


def percent_size(template: str, values: Any) -> int:
    """An upper bound on the length of `template % values`, without making it."""
    total = len(template)
    positional = iter(values if isinstance(values, tuple) else (values,))
    for match in _PERCENT.finditer(template):
        key, width, precision, conversion = match.groups()
        if conversion == "%":
            continue
        for part in (width, precision):
            if part == "*":
                n = next(positional, 0)
                total += abs(n) if isinstance(n, int) else 0
            elif part:
                total += _number(part)
        if key is not None and isinstance(values, Mapping):
            total += size(values.get(key))
        else:
            total += size(next(positional, None))
        if total > MAX_TEXT:
            break
    return total


def _spec_width(spec: str) -> int:
    """The widest width or precision a format spec asks for ('>12', '.3f', '0999999')."""
    return max((_number(d) for d in re.findall(r"\d+", spec)), default=0)


class _BoundedFormatter(SandboxedFormatter):
    """`str.format` charging each field before it is written."""

    def format_field(self, value: Any, format_spec: str) -> Any:
        current().ensure(max(_spec_width(format_spec), size(value)))
        return super().format_field(value, format_spec)


class _BoundedEscapeFormatter(_BoundedFormatter, EscapeFormatter):
    pass


def _check_str_method(budget: Budget, text: str, name: str, args: tuple[Any, ...]) -> None:
    """The str methods whose output can dwarf their input, sized before they run."""
    first = args[0] if args else None
    if name in ("center", "ljust", "rjust", "zfill") and isinstance(first, int):
        budget.ensure(first)
    elif name == "expandtabs":
        tab = first if isinstance(first, int) else 8
        budget.ensure(len(text) + text.count("\t") * max(tab, 0))
    elif name == "replace" and len(args) >= 2 and isinstance(first, str):
        new = args[1]
        times = text.count(first) if first else len(text) + 1
        budget.ensure(len(text) + times * size(new))
    elif name == "translate" and isinstance(first, Mapping):
        widest = max((size(v) for v in first.values()), default=0)
        budget.ensure(len(text) * widest)


def _filter_args(func: Callable[..., Any], args: tuple[Any, ...]) -> tuple[Any, ...]:
    """The filter's own arguments, without the context Jinja passes some filters first."""
    return args[1:] if getattr(func, "jinja_pass_arg", None) is not None else args


def _check_filter(name: str, budget: Budget, values: tuple[Any, ...], kw: dict[str, Any]) -> None:
    """Filters whose output can dwarf their input, sized before they run."""
    value = values[0] if values else None
    rest = values[1:]

    def arg(index: int, key: str, default: Any) -> Any:
        return rest[index] if len(rest) > index else kw.get(key, default)

    text = str(value) if isinstance(value, str) else ""
    if name == "replace":
        old, new = arg(0, "old", None), arg(1, "new", "")
        if isinstance(old, str):
            times = text.count(old) if old else len(text) + 1
            budget.ensure(len(text) + times * size(new))
    elif name == "center" and isinstance(arg(0, "width", 80), int):
        budget.ensure(arg(0, "width", 80))
    elif name == "indent":
        width = arg(0, "width", 4)
        per_line = width if isinstance(width, int) else size(width)
        budget.ensure(len(text) + per_line * (text.count("\n") + 1))
    elif name == "wordwrap":
        budget.ensure(len(text) * (1 + size(arg(2, "wrapstring", None))))
    elif name == "format" and isinstance(value, str):
        budget.ensure(percent_size(value, kw or tuple(rest)))
    elif name in ("batch", "slice"):
        # `slice(n)` yields n lists whatever the input; `batch(n, fill)` pads to n.
        count = arg(0, "linecount" if name == "batch" else "slices", 0)
        if isinstance(count, int):
            budget.ahead(abs(count))
    elif name == "tojson" and isinstance(arg(0, "indent", None), int):
        budget.ensure(size(value) * (1 + arg(0, "indent", 0)))


def _bounded_filter(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(func)  # keeps `jinja_pass_arg`: Jinja reads it off the filter
    def run(*args: Any, **kwargs: Any) -> Any:
        budget = current()
        budget.step()
        values = _filter_args(func, args)
        if name in ("join", "sum") and values and not isinstance(values[0], str):
            # A lazy input is made a list first: its length is then known.
            items = _materialize(values[0], budget)
            head = args[: len(args) - len(values)]
            args = (*head, items, *values[1:])
            values = (items, *values[1:])
            if name == "join":
                sep = values[1] if len(values) > 1 else kwargs.get("d", "")
                budget.ensure(size(items) + size(sep) * len(items))
            elif not isinstance(kwargs.get("start", values[2] if len(values) > 2 else 0), int):
                budget.ensure(size(items) * len(items))  # adding lists copies each time
        budget.made(size(values, budget.room) + size(kwargs, budget.room))
        _check_filter(name, budget, values, kwargs)
        result = func(*args, **kwargs)
        budget.made(size(result, budget.room))
        return result

    return run


def _literal_text(body: list[nodes.Node]) -> int:
    """Characters of literal text in a loop's body, written again on every item."""
    total = 0
    for child in body:
        for found in (child, *child.find_all((nodes.TemplateData, nodes.Include))):
            if isinstance(found, nodes.TemplateData):
                total += len(found.data)
            elif isinstance(found, nodes.Include):
                total += _INCLUDE_COST
    return total


class _BoundedCodeGenerator(CodeGenerator):
    """Compiles templates as Jinja does, with two hooks the sandbox has no place for:
    every loop counts its items, and `~` sizes the text before joining it."""

    def visit_For(self, node: nodes.For, frame: Frame) -> None:
        # `for x in environment.bounded_iter(ITER, COST)` (Jinja allows no node types
        # of our own; a call of an environment attribute is its way for extensions).
        counted = nodes.EnvironmentAttribute("bounded_iter", lineno=node.lineno)
        cost = nodes.Const(_literal_text(node.body), lineno=node.lineno)
        node.iter = nodes.Call(counted, [node.iter, cost], [], None, None, lineno=node.lineno)
        super().visit_For(node, frame)

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        if frame.eval_ctx.volatile:
            join = "(markup_join if context.eval_ctx.volatile else str_join)"
        elif frame.eval_ctx.autoescape:
            join = "markup_join"
        else:
            join = "str_join"
        self.write(f"environment.bounded_concat({join}, (")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")


class BoundedEnvironment(ImmutableSandboxedEnvironment):
    """The sandbox (immutable: `list.append` in a loop could double a list each
    step) with every loop, call, filter, operator and output counted."""

    code_generator_class = _BoundedCodeGenerator
    intercepted_binops = frozenset({"*", "**", "%", "+"})

    def __init__(self, **options: Any) -> None:
        options.setdefault("finalize", self._finalize)
        super().__init__(**options)
        self.globals["range"] = bounded_range
        # Paragraphs of Latin on request, up to any number: nothing a client reads.
        self.globals.pop("lipsum", None)
        for name, func in list(self.filters.items()):
            self.filters[name] = _bounded_filter(name, func)

    def bounded_filters(self, **filters: Callable[..., Any]) -> None:
        """Add the practice's own filters, counted like Jinja's."""
        for name, func in filters.items():
            self.filters[name] = _bounded_filter(name, func)

    # -- hooks called from compiled template code

    def bounded_iter(self, iterable: Iterable[Any], cost: int) -> Iterator[Any]:
        budget = current()
        for item in iterable:
            budget.step()
            if cost:
                budget.made(cost)
            yield item

    def bounded_concat(self, join: Callable[[Iterable[Any]], str], parts: tuple[Any, ...]) -> str:
        budget = current()
        budget.ensure(sum(size(p, budget.room) for p in parts))
        result = join(parts)
        budget.made(len(result))
        return result

    def _finalize(self, value: Any) -> Any:
        # Before `str()` writes it: a list holding one long text a million times is
        # small in memory and enormous as text.
        budget = current()
        budget.made(size(value, budget.room))
        return value

    # -- the sandbox's own hooks

    def call(
        __self,  # Jinja's signature: the double underscores keep keyword arguments free
        __context: Context,
        __obj: Any,
        *args: Any,
        **kwargs: Any,
    ) -> Any:
        if getattr(__obj, "__func__", None) is BoundedEnvironment.bounded_iter:
            return __obj(*args)  # a loop's items: counted there, one by one
        budget = current()
        budget.step()
        if isinstance(__obj, LoopContext) and args:
            # `loop(children)` in a recursive loop: its items are steps too.
            args = (__self.bounded_iter(args[0], 0), *args[1:])
        else:
            receiver = getattr(__obj, "__self__", None)
            name = getattr(__obj, "__name__", "")
            if isinstance(receiver, str) and name == "join" and args:
                items = _materialize(args[0], budget)
                budget.ensure(size(items) + len(receiver) * len(items))
                args = (items, *args[1:])
            elif isinstance(receiver, str):
                _check_str_method(budget, receiver, name, args)
            if not isinstance(receiver, Context | Namespace):
                budget.made(size(receiver, budget.room))
            budget.made(size(args, budget.room) + size(kwargs, budget.room))
        result = super().call(__context, __obj, *args, **kwargs)
        budget.made(size(result, budget.room))
        return result

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        budget = current()
        budget.step()
        if operator == "*":
            _check_multiply(budget, left, right)
        elif operator == "**":
            _check_power(left, right)
        elif operator == "%" and isinstance(left, str):
            budget.ensure(percent_size(left, right))
        elif operator == "+" and not isinstance(left, int | float):
            budget.ensure(size(left, budget.room) + size(right, budget.room))
        result = self.binop_table[operator](left, right)
        if not isinstance(result, int | float):
            budget.made(size(result, budget.room))
        return result

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        """`str.format` and `format_map` as the sandbox runs them, each field sized
        before it is written (`'{:>999999999}'`, or one long text in many fields)."""
        if super().wrap_str_format(value) is None:
            return None
        template: str = value.__self__
        formatter: SandboxedFormatter
        if isinstance(template, Markup):
            formatter = _BoundedEscapeFormatter(self, escape=template.escape)
        else:
            formatter = _BoundedFormatter(self)
        is_map = value.__name__ == "format_map"

        def bounded_format(*args: Any, **kwargs: Any) -> str:
            if not is_map:
                return type(template)(formatter.vformat(template, args, kwargs))
            if kwargs or len(args) != 1:
                raise TypeError("format_map() takes exactly one argument")
            return type(template)(formatter.vformat(template, (), args[0]))

        return functools.update_wrapper(bounded_format, value)


def _int_too_big() -> TemplateLimit:
    return TemplateLimit(
        f"this template makes a number too large to write (more than {MAX_DIGITS} digits)"
    )


def _check_multiply(budget: Budget, left: Any, right: Any) -> None:
    if isinstance(left, int) and isinstance(right, int):
        if left.bit_length() + right.bit_length() > _MAX_BITS:
            raise _int_too_big()
        return
    times, seq = (right, left) if isinstance(right, int) else (left, right)
    if isinstance(times, int) and isinstance(seq, str | list | tuple) and times > 0:
        budget.ensure(size(seq, budget.room) * times)


def _check_power(base: Any, exponent: Any) -> None:
    if not (isinstance(base, int) and isinstance(exponent, int)) or exponent <= 0:
        return
    if abs(base) > 1 and (exponent > _MAX_BITS or base.bit_length() * exponent > _MAX_BITS + 64):
        raise _int_too_big()
