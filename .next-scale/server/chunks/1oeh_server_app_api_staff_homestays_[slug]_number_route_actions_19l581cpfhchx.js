module.exports=[2037,(e,o,d)=>{}];

//# sourceMappingURL=1oeh_server_app_api_staff_homestays_%5Bslug%5D_number_route_actions_19l581cpfhchx.js.map