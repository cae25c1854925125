package load

// DirectionAt is directionAt, for the tests.
var DirectionAt = directionAt
