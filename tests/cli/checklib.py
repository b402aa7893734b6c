"""What the check_*.py readers share: evaluating the assertions given on
the command line against what the reader parsed."""


def assert_all(path, exprs, env):
    """0 when every expression is true in env; else print why and return 1.
    An expression that raises (a missing key, say) is a failed assertion."""
    for e in exprs:
        try:
            ok = eval(e, env)
        except Exception as ex:
            print("%s: %s raised %r" % (path, e, ex))
            return 1
        if not ok:
            print("%s: assertion failed: %s" % (path, e))
            return 1
    return 0
