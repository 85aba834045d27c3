module.exports=[51945,(e,o,d)=>{}];

//# sourceMappingURL=_next-internal_server_app_api_places_%5Bslug%5D_route_actions_1s3mlbalv6gj3.js.map