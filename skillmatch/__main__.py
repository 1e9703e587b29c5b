"""Allow ``python -m skillmatch``."""

from skillmatch.cli import main

if __name__ == "__main__":
    main()
