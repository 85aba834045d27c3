module.exports=[43215,(a,b,c)=>{}];

//# sourceMappingURL=_next-internal_server_app_%5Blang%5D_staff_places_%5Bslug%5D_page_actions_1ggi8-mvu_p1b.js.map