# Where the application is and who may purge: the part of the configuration that changes per deployment.
# compose.yaml mounts this file as it is; the tests write their own (tests/home/test_front_cache.py).
backend default {
    .host = "app";
    .port = "8000";
    .first_byte_timeout = 30s;
    .probe = {
        .url = "/robots.txt";
        .timeout = 2s;
        .interval = 5s;
        .window = 5;
        .threshold = 3;
    }
}

# The application's addresses: only they may PURGE or BAN (home/front_cache.py sends them on publish; the
# worker does too, when the scheduler publishes a page). Host names are resolved when the VCL is loaded.
acl purgers {
    "127.0.0.1";
    "app";
    "worker";
}
