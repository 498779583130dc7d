# The origins for deploy/docker-compose.production.yml: two `next start` instances. Each is added to
# the round-robin director `origin` that default.vcl creates, with its health probe.
backend app1 {
    .host = "app1";
    .port = "3000";
    .probe = site_health;
}

backend app2 {
    .host = "app2";
    .port = "3000";
    .probe = site_health;
}

sub vcl_init {
    origin.add_backend(app1);
    origin.add_backend(app2);
}
