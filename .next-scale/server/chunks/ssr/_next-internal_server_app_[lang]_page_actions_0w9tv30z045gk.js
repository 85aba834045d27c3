module.exports=[61955,(a,b,c)=>{}];

//# sourceMappingURL=_next-internal_server_app_%5Blang%5D_page_actions_0w9tv30z045gk.js.map