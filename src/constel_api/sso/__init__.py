"""Single sign-on with OpenID Connect (Authorization Code + PKCE), per organisation."""
