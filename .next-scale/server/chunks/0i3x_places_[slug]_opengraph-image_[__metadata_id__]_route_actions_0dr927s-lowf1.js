module.exports=[80422,(e,o,d)=>{}];

//# sourceMappingURL=0i3x_places_%5Bslug%5D_opengraph-image_%5B__metadata_id__%5D_route_actions_0dr927s-lowf1.js.map