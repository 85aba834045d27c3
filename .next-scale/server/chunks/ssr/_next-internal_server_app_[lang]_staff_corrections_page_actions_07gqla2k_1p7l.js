module.exports=[33277,(a,b,c)=>{}];

//# sourceMappingURL=_next-internal_server_app_%5Blang%5D_staff_corrections_page_actions_07gqla2k_1p7l.js.map