// The seed graph load. Empty until the knowledge model and the curated seed files land (issue #3);
// start-up already runs this step on an empty database, so wiring it in changes nothing else.
