"""The datasheet of a release: content model, PDF layout, PDF signature and its verification."""
