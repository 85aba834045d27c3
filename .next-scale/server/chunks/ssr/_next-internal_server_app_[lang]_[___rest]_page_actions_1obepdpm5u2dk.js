module.exports=[44570,(a,b,c)=>{}];

//# sourceMappingURL=_next-internal_server_app_%5Blang%5D_%5B___rest%5D_page_actions_1obepdpm5u2dk.js.map