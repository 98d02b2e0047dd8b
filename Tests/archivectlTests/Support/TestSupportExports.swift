// Paths and the query fixture are shared by both test targets; every test file sees them.
@_exported import TestSupport
