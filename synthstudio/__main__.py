import sys

from synthstudio.cli import main

sys.exit(main())
