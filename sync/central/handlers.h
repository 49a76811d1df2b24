#pragma once

#include "httputil.h"

// One function per route of sync/protocol/README.md "Messages".
namespace pluslife::central::handlers {

void health(const ServerContext &c, const httplib::Request &req, httplib::Response &res);
void enroll(const ServerContext &c, const httplib::Request &req, httplib::Response &res);
void hello(const ServerContext &c, const httplib::Request &req, httplib::Response &res);
void push(const ServerContext &c, const httplib::Request &req, httplib::Response &res);
void pull(const ServerContext &c, const httplib::Request &req, httplib::Response &res);
void fetch(const ServerContext &c, const httplib::Request &req, httplib::Response &res);
void attachmentStatus(const ServerContext &c, const httplib::Request &req, httplib::Response &res);
void attachmentPut(const ServerContext &c, const httplib::Request &req, httplib::Response &res);
void attachmentContent(const ServerContext &c, const httplib::Request &req, httplib::Response &res);
void resource(const ServerContext &c, const httplib::Request &req, httplib::Response &res);

} // namespace pluslife::central::handlers
