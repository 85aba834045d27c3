module.exports=[87217,(a,b,c)=>{}];

//# sourceMappingURL=_next-internal_server_app_%5Blang%5D_red_page_actions_1l71hl4h45zmn.js.map