"""Reading a reply: what the client newly wrote, and what kind of mail it is."""
