"""The one exception type a user sees: the CLI prints its message as one line and exits 2."""


class CharlstmError(Exception):
    """A problem with the user's input (file, config, checkpoint, text), not a bug."""
