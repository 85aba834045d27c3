module.exports=[8064,(a,b,c)=>{}];

//# sourceMappingURL=_next-internal_server_app_%5Blang%5D_places_%5Bslug%5D_page_actions_02yykfhed71l_.js.map