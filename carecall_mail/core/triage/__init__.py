"""The safety net: does a reply need the practitioner now (crisis) or soon (concern)?"""
