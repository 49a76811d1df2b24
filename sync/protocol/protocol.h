#pragma once

#include <QString>

// Names and limits of the sync protocol, version 1 (README.md in this directory is the
// contract). Shared by the client (sync/client) and pluslife-central (sync/central).
namespace pluslife::sync::protocol {

inline constexpr int kVersion = 1;
inline constexpr int kMinVersion = 1;
inline constexpr int kMaxVersion = 1;
inline constexpr char kPathPrefix[] = "/v1";
inline constexpr char kProtocolHeader[] = "X-PlusLife-Protocol";

inline constexpr qint64 kMaxWireBody = 8 * 1024 * 1024;
inline constexpr qint64 kMaxInflatedBody = 32 * 1024 * 1024;
inline constexpr int kMaxOpsPerPush = 500;
inline constexpr int kMaxPullLimit = 5000;
inline constexpr qint64 kMaxAttachmentChunk = 1024 * 1024;
inline constexpr int kReadTimeoutSeconds = 30;

// Error codes (README.md "Errors").
namespace error {
inline constexpr char malformedJson[] = "malformed-json";
inline constexpr char invalidRequest[] = "invalid-request";
inline constexpr char truncatedBody[] = "truncated-body";
inline constexpr char unauthenticated[] = "unauthenticated";
inline constexpr char deviceRevoked[] = "device-revoked";
inline constexpr char outOfScope[] = "out-of-scope";
inline constexpr char notFound[] = "not-found";
inline constexpr char resetRequired[] = "reset-required";
inline constexpr char lengthRequired[] = "length-required";
inline constexpr char payloadTooLarge[] = "payload-too-large";
inline constexpr char unsupportedEncoding[] = "unsupported-encoding";
inline constexpr char enrolmentCodeInvalid[] = "enrolment-code-invalid";
inline constexpr char checksumMismatch[] = "checksum-mismatch";
inline constexpr char protocolUnsupported[] = "protocol-unsupported";
inline constexpr char internal[] = "internal";
inline constexpr char unavailable[] = "unavailable";
// Per operation (push results).
inline constexpr char immutable[] = "immutable";
inline constexpr char illegalTransition[] = "illegal-transition";
inline constexpr char unknownEntity[] = "unknown-entity";
inline constexpr char invalidField[] = "invalid-field";
} // namespace error

// Push result statuses.
namespace status {
inline constexpr char applied[] = "applied";
inline constexpr char merged[] = "merged";
inline constexpr char held[] = "held";
inline constexpr char duplicate[] = "duplicate";
inline constexpr char rejected[] = "rejected";
} // namespace status

// Operation actions.
namespace action {
inline constexpr char upsert[] = "upsert";
inline constexpr char remove[] = "delete";
inline constexpr char resolve[] = "resolve";
} // namespace action

// Conflict kinds and states (entity sync_conflict).
namespace conflict {
inline constexpr char merged[] = "merged";
inline constexpr char bothKept[] = "both-kept";
inline constexpr char held[] = "held";
inline constexpr char tombstoneLost[] = "tombstone-lost";
inline constexpr char open[] = "open";
inline constexpr char resolved[] = "resolved";
} // namespace conflict

} // namespace pluslife::sync::protocol
