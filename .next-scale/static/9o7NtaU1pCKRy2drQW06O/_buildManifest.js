self.__BUILD_MANIFEST = {
  "__rewrites": {
    "afterFiles": [],
    "beforeFiles": [
      {
        "source": "/",
        "destination": "/zh"
      },
      {
        "source": "/:path((?!(?:en|zh|api)(?:/|$)|_next/)(?!.*\\.[a-zA-Z0-9]+$).+)",
        "destination": "/zh/:path"
      }
    ],
    "fallback": []
  },
  "sortedPages": [
    "/_app",
    "/_error"
  ]
};self.__BUILD_MANIFEST_CB && self.__BUILD_MANIFEST_CB()