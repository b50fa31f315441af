// Stylesheets imported by components mean nothing to jsdom: the unit tests get an empty module.
module.exports = {};
