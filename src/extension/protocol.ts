/**
 * The language server's own requests: the protocol module the server
 * shares (method names and types; it imports nothing, so the extension
 * bundle carries none of the server's code).
 */
export * from '../../language-server/protocol.js';
