# Sourced by bench/page-throughput.sh and bench/page-ab.sh.
# nginx_page_conf <work dir> <port> <root> <content type>: prints an nginx configuration that serves the
# files under <root> with that Content-Type, and the .gz beside each file to clients that accept gzip.
nginx_page_conf() {
    local work=$1 port=$2 root=$3 type=$4
    cat <<EOF
worker_processes 2;
daemon off;
pid $work/nginx-$port.pid;
error_log $work/nginx-$port.error.log;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $work/nginx-body;
    proxy_temp_path $work/nginx-proxy;
    fastcgi_temp_path $work/nginx-fastcgi;
    uwsgi_temp_path $work/nginx-uwsgi;
    scgi_temp_path $work/nginx-scgi;
    server {
        listen 127.0.0.1:$port;
        root $root;
        location / {
            types { }
            default_type "$type";
            gzip_static on;
        }
    }
}
EOF
}
