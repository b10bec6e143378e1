"""SynthStudio: documented, watermarked, signed synthetic data, offline."""

__version__ = "0.1.0"
