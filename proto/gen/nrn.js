/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars*/
import $protobuf from "protobufjs/minimal.js";
// 64-bit fields decode to JS numbers (NRN keeps amounts in strings; ids and heights stay below 2^53).
$protobuf.util.Long = undefined; $protobuf.configure();

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const nrn = $root.nrn = (() => {

    /**
     * Namespace nrn.
     * @exports nrn
     * @namespace
     */
    const nrn = {};

    nrn.bridge = (function() {

        /**
         * Namespace bridge.
         * @memberof nrn
         * @namespace
         */
        const bridge = {};

        bridge.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof nrn.bridge
             * @namespace
             */
            const v1 = {};

            v1.QueryParamsRequest = (function() {

                /**
                 * Properties of a QueryParamsRequest.
                 * @memberof nrn.bridge.v1
                 * @interface IQueryParamsRequest
                 */

                /**
                 * Constructs a new QueryParamsRequest.
                 * @memberof nrn.bridge.v1
                 * @classdesc Represents a QueryParamsRequest.
                 * @implements IQueryParamsRequest
                 * @constructor
                 * @param {nrn.bridge.v1.IQueryParamsRequest=} [properties] Properties to set
                 */
                function QueryParamsRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new QueryParamsRequest instance using the specified properties.
                 * @function create
                 * @memberof nrn.bridge.v1.QueryParamsRequest
                 * @static
                 * @param {nrn.bridge.v1.IQueryParamsRequest=} [properties] Properties to set
                 * @returns {nrn.bridge.v1.QueryParamsRequest} QueryParamsRequest instance
                 */
                QueryParamsRequest.create = function create(properties) {
                    return new QueryParamsRequest(properties);
                };

                /**
                 * Encodes the specified QueryParamsRequest message. Does not implicitly {@link nrn.bridge.v1.QueryParamsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.bridge.v1.QueryParamsRequest
                 * @static
                 * @param {nrn.bridge.v1.IQueryParamsRequest} message QueryParamsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryParamsRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a QueryParamsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.bridge.v1.QueryParamsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.bridge.v1.QueryParamsRequest} QueryParamsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryParamsRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.bridge.v1.QueryParamsRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryParamsRequest
                 * @function getTypeUrl
                 * @memberof nrn.bridge.v1.QueryParamsRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryParamsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.bridge.v1.QueryParamsRequest";
                };

                return QueryParamsRequest;
            })();

            v1.QueryParamsResponse = (function() {

                /**
                 * Properties of a QueryParamsResponse.
                 * @memberof nrn.bridge.v1
                 * @interface IQueryParamsResponse
                 * @property {nrn.bridge.v1.IParams|null} [params] QueryParamsResponse params
                 */

                /**
                 * Constructs a new QueryParamsResponse.
                 * @memberof nrn.bridge.v1
                 * @classdesc Represents a QueryParamsResponse.
                 * @implements IQueryParamsResponse
                 * @constructor
                 * @param {nrn.bridge.v1.IQueryParamsResponse=} [properties] Properties to set
                 */
                function QueryParamsResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryParamsResponse params.
                 * @member {nrn.bridge.v1.IParams|null|undefined} params
                 * @memberof nrn.bridge.v1.QueryParamsResponse
                 * @instance
                 */
                QueryParamsResponse.prototype.params = null;

                /**
                 * Creates a new QueryParamsResponse instance using the specified properties.
                 * @function create
                 * @memberof nrn.bridge.v1.QueryParamsResponse
                 * @static
                 * @param {nrn.bridge.v1.IQueryParamsResponse=} [properties] Properties to set
                 * @returns {nrn.bridge.v1.QueryParamsResponse} QueryParamsResponse instance
                 */
                QueryParamsResponse.create = function create(properties) {
                    return new QueryParamsResponse(properties);
                };

                /**
                 * Encodes the specified QueryParamsResponse message. Does not implicitly {@link nrn.bridge.v1.QueryParamsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.bridge.v1.QueryParamsResponse
                 * @static
                 * @param {nrn.bridge.v1.IQueryParamsResponse} message QueryParamsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryParamsResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.params != null && Object.hasOwnProperty.call(message, "params"))
                        $root.nrn.bridge.v1.Params.encode(message.params, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryParamsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.bridge.v1.QueryParamsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.bridge.v1.QueryParamsResponse} QueryParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryParamsResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.bridge.v1.QueryParamsResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.params = $root.nrn.bridge.v1.Params.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryParamsResponse
                 * @function getTypeUrl
                 * @memberof nrn.bridge.v1.QueryParamsResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryParamsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.bridge.v1.QueryParamsResponse";
                };

                return QueryParamsResponse;
            })();

            v1.QueryValsetsRequest = (function() {

                /**
                 * Properties of a QueryValsetsRequest.
                 * @memberof nrn.bridge.v1
                 * @interface IQueryValsetsRequest
                 * @property {number|null} [limit] QueryValsetsRequest limit
                 */

                /**
                 * Constructs a new QueryValsetsRequest.
                 * @memberof nrn.bridge.v1
                 * @classdesc Represents a QueryValsetsRequest.
                 * @implements IQueryValsetsRequest
                 * @constructor
                 * @param {nrn.bridge.v1.IQueryValsetsRequest=} [properties] Properties to set
                 */
                function QueryValsetsRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryValsetsRequest limit.
                 * @member {number} limit
                 * @memberof nrn.bridge.v1.QueryValsetsRequest
                 * @instance
                 */
                QueryValsetsRequest.prototype.limit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new QueryValsetsRequest instance using the specified properties.
                 * @function create
                 * @memberof nrn.bridge.v1.QueryValsetsRequest
                 * @static
                 * @param {nrn.bridge.v1.IQueryValsetsRequest=} [properties] Properties to set
                 * @returns {nrn.bridge.v1.QueryValsetsRequest} QueryValsetsRequest instance
                 */
                QueryValsetsRequest.create = function create(properties) {
                    return new QueryValsetsRequest(properties);
                };

                /**
                 * Encodes the specified QueryValsetsRequest message. Does not implicitly {@link nrn.bridge.v1.QueryValsetsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.bridge.v1.QueryValsetsRequest
                 * @static
                 * @param {nrn.bridge.v1.IQueryValsetsRequest} message QueryValsetsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryValsetsRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.limit != null && Object.hasOwnProperty.call(message, "limit"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.limit);
                    return writer;
                };

                /**
                 * Decodes a QueryValsetsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.bridge.v1.QueryValsetsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.bridge.v1.QueryValsetsRequest} QueryValsetsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryValsetsRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.bridge.v1.QueryValsetsRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.limit = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryValsetsRequest
                 * @function getTypeUrl
                 * @memberof nrn.bridge.v1.QueryValsetsRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryValsetsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.bridge.v1.QueryValsetsRequest";
                };

                return QueryValsetsRequest;
            })();

            v1.QueryValsetsResponse = (function() {

                /**
                 * Properties of a QueryValsetsResponse.
                 * @memberof nrn.bridge.v1
                 * @interface IQueryValsetsResponse
                 * @property {Array.<nrn.bridge.v1.IValsetWithConfirms>|null} [valsets] QueryValsetsResponse valsets
                 */

                /**
                 * Constructs a new QueryValsetsResponse.
                 * @memberof nrn.bridge.v1
                 * @classdesc Represents a QueryValsetsResponse.
                 * @implements IQueryValsetsResponse
                 * @constructor
                 * @param {nrn.bridge.v1.IQueryValsetsResponse=} [properties] Properties to set
                 */
                function QueryValsetsResponse(properties) {
                    this.valsets = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryValsetsResponse valsets.
                 * @member {Array.<nrn.bridge.v1.IValsetWithConfirms>} valsets
                 * @memberof nrn.bridge.v1.QueryValsetsResponse
                 * @instance
                 */
                QueryValsetsResponse.prototype.valsets = $util.emptyArray;

                /**
                 * Creates a new QueryValsetsResponse instance using the specified properties.
                 * @function create
                 * @memberof nrn.bridge.v1.QueryValsetsResponse
                 * @static
                 * @param {nrn.bridge.v1.IQueryValsetsResponse=} [properties] Properties to set
                 * @returns {nrn.bridge.v1.QueryValsetsResponse} QueryValsetsResponse instance
                 */
                QueryValsetsResponse.create = function create(properties) {
                    return new QueryValsetsResponse(properties);
                };

                /**
                 * Encodes the specified QueryValsetsResponse message. Does not implicitly {@link nrn.bridge.v1.QueryValsetsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.bridge.v1.QueryValsetsResponse
                 * @static
                 * @param {nrn.bridge.v1.IQueryValsetsResponse} message QueryValsetsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryValsetsResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.valsets != null && message.valsets.length)
                        for (let i = 0; i < message.valsets.length; ++i)
                            $root.nrn.bridge.v1.ValsetWithConfirms.encode(message.valsets[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryValsetsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.bridge.v1.QueryValsetsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.bridge.v1.QueryValsetsResponse} QueryValsetsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryValsetsResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.bridge.v1.QueryValsetsResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                if (!(message.valsets && message.valsets.length))
                                    message.valsets = [];
                                message.valsets.push($root.nrn.bridge.v1.ValsetWithConfirms.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryValsetsResponse
                 * @function getTypeUrl
                 * @memberof nrn.bridge.v1.QueryValsetsResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryValsetsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.bridge.v1.QueryValsetsResponse";
                };

                return QueryValsetsResponse;
            })();

            v1.QueryValsetRequest = (function() {

                /**
                 * Properties of a QueryValsetRequest.
                 * @memberof nrn.bridge.v1
                 * @interface IQueryValsetRequest
                 * @property {number|null} [nonce] QueryValsetRequest nonce
                 */

                /**
                 * Constructs a new QueryValsetRequest.
                 * @memberof nrn.bridge.v1
                 * @classdesc Represents a QueryValsetRequest.
                 * @implements IQueryValsetRequest
                 * @constructor
                 * @param {nrn.bridge.v1.IQueryValsetRequest=} [properties] Properties to set
                 */
                function QueryValsetRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryValsetRequest nonce.
                 * @member {number} nonce
                 * @memberof nrn.bridge.v1.QueryValsetRequest
                 * @instance
                 */
                QueryValsetRequest.prototype.nonce = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new QueryValsetRequest instance using the specified properties.
                 * @function create
                 * @memberof nrn.bridge.v1.QueryValsetRequest
                 * @static
                 * @param {nrn.bridge.v1.IQueryValsetRequest=} [properties] Properties to set
                 * @returns {nrn.bridge.v1.QueryValsetRequest} QueryValsetRequest instance
                 */
                QueryValsetRequest.create = function create(properties) {
                    return new QueryValsetRequest(properties);
                };

                /**
                 * Encodes the specified QueryValsetRequest message. Does not implicitly {@link nrn.bridge.v1.QueryValsetRequest.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.bridge.v1.QueryValsetRequest
                 * @static
                 * @param {nrn.bridge.v1.IQueryValsetRequest} message QueryValsetRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryValsetRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.nonce != null && Object.hasOwnProperty.call(message, "nonce"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.nonce);
                    return writer;
                };

                /**
                 * Decodes a QueryValsetRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.bridge.v1.QueryValsetRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.bridge.v1.QueryValsetRequest} QueryValsetRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryValsetRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.bridge.v1.QueryValsetRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.nonce = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryValsetRequest
                 * @function getTypeUrl
                 * @memberof nrn.bridge.v1.QueryValsetRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryValsetRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.bridge.v1.QueryValsetRequest";
                };

                return QueryValsetRequest;
            })();

            v1.QueryValsetResponse = (function() {

                /**
                 * Properties of a QueryValsetResponse.
                 * @memberof nrn.bridge.v1
                 * @interface IQueryValsetResponse
                 * @property {nrn.bridge.v1.IValsetWithConfirms|null} [valset] QueryValsetResponse valset
                 * @property {boolean|null} [found] QueryValsetResponse found
                 */

                /**
                 * Constructs a new QueryValsetResponse.
                 * @memberof nrn.bridge.v1
                 * @classdesc Represents a QueryValsetResponse.
                 * @implements IQueryValsetResponse
                 * @constructor
                 * @param {nrn.bridge.v1.IQueryValsetResponse=} [properties] Properties to set
                 */
                function QueryValsetResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryValsetResponse valset.
                 * @member {nrn.bridge.v1.IValsetWithConfirms|null|undefined} valset
                 * @memberof nrn.bridge.v1.QueryValsetResponse
                 * @instance
                 */
                QueryValsetResponse.prototype.valset = null;

                /**
                 * QueryValsetResponse found.
                 * @member {boolean} found
                 * @memberof nrn.bridge.v1.QueryValsetResponse
                 * @instance
                 */
                QueryValsetResponse.prototype.found = false;

                /**
                 * Creates a new QueryValsetResponse instance using the specified properties.
                 * @function create
                 * @memberof nrn.bridge.v1.QueryValsetResponse
                 * @static
                 * @param {nrn.bridge.v1.IQueryValsetResponse=} [properties] Properties to set
                 * @returns {nrn.bridge.v1.QueryValsetResponse} QueryValsetResponse instance
                 */
                QueryValsetResponse.create = function create(properties) {
                    return new QueryValsetResponse(properties);
                };

                /**
                 * Encodes the specified QueryValsetResponse message. Does not implicitly {@link nrn.bridge.v1.QueryValsetResponse.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.bridge.v1.QueryValsetResponse
                 * @static
                 * @param {nrn.bridge.v1.IQueryValsetResponse} message QueryValsetResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryValsetResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.valset != null && Object.hasOwnProperty.call(message, "valset"))
                        $root.nrn.bridge.v1.ValsetWithConfirms.encode(message.valset, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (message.found != null && Object.hasOwnProperty.call(message, "found"))
                        writer.uint32(/* id 2, wireType 0 =*/16).bool(message.found);
                    return writer;
                };

                /**
                 * Decodes a QueryValsetResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.bridge.v1.QueryValsetResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.bridge.v1.QueryValsetResponse} QueryValsetResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryValsetResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.bridge.v1.QueryValsetResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.valset = $root.nrn.bridge.v1.ValsetWithConfirms.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 2: {
                                message.found = reader.bool();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryValsetResponse
                 * @function getTypeUrl
                 * @memberof nrn.bridge.v1.QueryValsetResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryValsetResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.bridge.v1.QueryValsetResponse";
                };

                return QueryValsetResponse;
            })();

            v1.QueryPendingBatchesRequest = (function() {

                /**
                 * Properties of a QueryPendingBatchesRequest.
                 * @memberof nrn.bridge.v1
                 * @interface IQueryPendingBatchesRequest
                 */

                /**
                 * Constructs a new QueryPendingBatchesRequest.
                 * @memberof nrn.bridge.v1
                 * @classdesc Represents a QueryPendingBatchesRequest.
                 * @implements IQueryPendingBatchesRequest
                 * @constructor
                 * @param {nrn.bridge.v1.IQueryPendingBatchesRequest=} [properties] Properties to set
                 */
                function QueryPendingBatchesRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new QueryPendingBatchesRequest instance using the specified properties.
                 * @function create
                 * @memberof nrn.bridge.v1.QueryPendingBatchesRequest
                 * @static
                 * @param {nrn.bridge.v1.IQueryPendingBatchesRequest=} [properties] Properties to set
                 * @returns {nrn.bridge.v1.QueryPendingBatchesRequest} QueryPendingBatchesRequest instance
                 */
                QueryPendingBatchesRequest.create = function create(properties) {
                    return new QueryPendingBatchesRequest(properties);
                };

                /**
                 * Encodes the specified QueryPendingBatchesRequest message. Does not implicitly {@link nrn.bridge.v1.QueryPendingBatchesRequest.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.bridge.v1.QueryPendingBatchesRequest
                 * @static
                 * @param {nrn.bridge.v1.IQueryPendingBatchesRequest} message QueryPendingBatchesRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryPendingBatchesRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a QueryPendingBatchesRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.bridge.v1.QueryPendingBatchesRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.bridge.v1.QueryPendingBatchesRequest} QueryPendingBatchesRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryPendingBatchesRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.bridge.v1.QueryPendingBatchesRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryPendingBatchesRequest
                 * @function getTypeUrl
                 * @memberof nrn.bridge.v1.QueryPendingBatchesRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryPendingBatchesRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.bridge.v1.QueryPendingBatchesRequest";
                };

                return QueryPendingBatchesRequest;
            })();

            v1.QueryPendingBatchesResponse = (function() {

                /**
                 * Properties of a QueryPendingBatchesResponse.
                 * @memberof nrn.bridge.v1
                 * @interface IQueryPendingBatchesResponse
                 * @property {Array.<nrn.bridge.v1.IBatchWithConfirms>|null} [batches] QueryPendingBatchesResponse batches
                 */

                /**
                 * Constructs a new QueryPendingBatchesResponse.
                 * @memberof nrn.bridge.v1
                 * @classdesc Represents a QueryPendingBatchesResponse.
                 * @implements IQueryPendingBatchesResponse
                 * @constructor
                 * @param {nrn.bridge.v1.IQueryPendingBatchesResponse=} [properties] Properties to set
                 */
                function QueryPendingBatchesResponse(properties) {
                    this.batches = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryPendingBatchesResponse batches.
                 * @member {Array.<nrn.bridge.v1.IBatchWithConfirms>} batches
                 * @memberof nrn.bridge.v1.QueryPendingBatchesResponse
                 * @instance
                 */
                QueryPendingBatchesResponse.prototype.batches = $util.emptyArray;

                /**
                 * Creates a new QueryPendingBatchesResponse instance using the specified properties.
                 * @function create
                 * @memberof nrn.bridge.v1.QueryPendingBatchesResponse
                 * @static
                 * @param {nrn.bridge.v1.IQueryPendingBatchesResponse=} [properties] Properties to set
                 * @returns {nrn.bridge.v1.QueryPendingBatchesResponse} QueryPendingBatchesResponse instance
                 */
                QueryPendingBatchesResponse.create = function create(properties) {
                    return new QueryPendingBatchesResponse(properties);
                };

                /**
                 * Encodes the specified QueryPendingBatchesResponse message. Does not implicitly {@link nrn.bridge.v1.QueryPendingBatchesResponse.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.bridge.v1.QueryPendingBatchesResponse
                 * @static
                 * @param {nrn.bridge.v1.IQueryPendingBatchesResponse} message QueryPendingBatchesResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryPendingBatchesResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.batches != null && message.batches.length)
                        for (let i = 0; i < message.batches.length; ++i)
                            $root.nrn.bridge.v1.BatchWithConfirms.encode(message.batches[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryPendingBatchesResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.bridge.v1.QueryPendingBatchesResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.bridge.v1.QueryPendingBatchesResponse} QueryPendingBatchesResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryPendingBatchesResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.bridge.v1.QueryPendingBatchesResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                if (!(message.batches && message.batches.length))
                                    message.batches = [];
                                message.batches.push($root.nrn.bridge.v1.BatchWithConfirms.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryPendingBatchesResponse
                 * @function getTypeUrl
                 * @memberof nrn.bridge.v1.QueryPendingBatchesResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryPendingBatchesResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.bridge.v1.QueryPendingBatchesResponse";
                };

                return QueryPendingBatchesResponse;
            })();

            v1.QueryPendingTransfersRequest = (function() {

                /**
                 * Properties of a QueryPendingTransfersRequest.
                 * @memberof nrn.bridge.v1
                 * @interface IQueryPendingTransfersRequest
                 */

                /**
                 * Constructs a new QueryPendingTransfersRequest.
                 * @memberof nrn.bridge.v1
                 * @classdesc Represents a QueryPendingTransfersRequest.
                 * @implements IQueryPendingTransfersRequest
                 * @constructor
                 * @param {nrn.bridge.v1.IQueryPendingTransfersRequest=} [properties] Properties to set
                 */
                function QueryPendingTransfersRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new QueryPendingTransfersRequest instance using the specified properties.
                 * @function create
                 * @memberof nrn.bridge.v1.QueryPendingTransfersRequest
                 * @static
                 * @param {nrn.bridge.v1.IQueryPendingTransfersRequest=} [properties] Properties to set
                 * @returns {nrn.bridge.v1.QueryPendingTransfersRequest} QueryPendingTransfersRequest instance
                 */
                QueryPendingTransfersRequest.create = function create(properties) {
                    return new QueryPendingTransfersRequest(properties);
                };

                /**
                 * Encodes the specified QueryPendingTransfersRequest message. Does not implicitly {@link nrn.bridge.v1.QueryPendingTransfersRequest.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.bridge.v1.QueryPendingTransfersRequest
                 * @static
                 * @param {nrn.bridge.v1.IQueryPendingTransfersRequest} message QueryPendingTransfersRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryPendingTransfersRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a QueryPendingTransfersRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.bridge.v1.QueryPendingTransfersRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.bridge.v1.QueryPendingTransfersRequest} QueryPendingTransfersRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryPendingTransfersRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.bridge.v1.QueryPendingTransfersRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryPendingTransfersRequest
                 * @function getTypeUrl
                 * @memberof nrn.bridge.v1.QueryPendingTransfersRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryPendingTransfersRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.bridge.v1.QueryPendingTransfersRequest";
                };

                return QueryPendingTransfersRequest;
            })();

            v1.QueryPendingTransfersResponse = (function() {

                /**
                 * Properties of a QueryPendingTransfersResponse.
                 * @memberof nrn.bridge.v1
                 * @interface IQueryPendingTransfersResponse
                 * @property {Array.<nrn.bridge.v1.IOutgoingTransfer>|null} [transfers] QueryPendingTransfersResponse transfers
                 */

                /**
                 * Constructs a new QueryPendingTransfersResponse.
                 * @memberof nrn.bridge.v1
                 * @classdesc Represents a QueryPendingTransfersResponse.
                 * @implements IQueryPendingTransfersResponse
                 * @constructor
                 * @param {nrn.bridge.v1.IQueryPendingTransfersResponse=} [properties] Properties to set
                 */
                function QueryPendingTransfersResponse(properties) {
                    this.transfers = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryPendingTransfersResponse transfers.
                 * @member {Array.<nrn.bridge.v1.IOutgoingTransfer>} transfers
                 * @memberof nrn.bridge.v1.QueryPendingTransfersResponse
                 * @instance
                 */
                QueryPendingTransfersResponse.prototype.transfers = $util.emptyArray;

                /**
                 * Creates a new QueryPendingTransfersResponse instance using the specified properties.
                 * @function create
                 * @memberof nrn.bridge.v1.QueryPendingTransfersResponse
                 * @static
                 * @param {nrn.bridge.v1.IQueryPendingTransfersResponse=} [properties] Properties to set
                 * @returns {nrn.bridge.v1.QueryPendingTransfersResponse} QueryPendingTransfersResponse instance
                 */
                QueryPendingTransfersResponse.create = function create(properties) {
                    return new QueryPendingTransfersResponse(properties);
                };

                /**
                 * Encodes the specified QueryPendingTransfersResponse message. Does not implicitly {@link nrn.bridge.v1.QueryPendingTransfersResponse.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.bridge.v1.QueryPendingTransfersResponse
                 * @static
                 * @param {nrn.bridge.v1.IQueryPendingTransfersResponse} message QueryPendingTransfersResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryPendingTransfersResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.transfers != null && message.transfers.length)
                        for (let i = 0; i < message.transfers.length; ++i)
                            $root.nrn.bridge.v1.OutgoingTransfer.encode(message.transfers[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryPendingTransfersResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.bridge.v1.QueryPendingTransfersResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.bridge.v1.QueryPendingTransfersResponse} QueryPendingTransfersResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryPendingTransfersResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.bridge.v1.QueryPendingTransfersResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                if (!(message.transfers && message.transfers.length))
                                    message.transfers = [];
                                message.transfers.push($root.nrn.bridge.v1.OutgoingTransfer.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryPendingTransfersResponse
                 * @function getTypeUrl
                 * @memberof nrn.bridge.v1.QueryPendingTransfersResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryPendingTransfersResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.bridge.v1.QueryPendingTransfersResponse";
                };

                return QueryPendingTransfersResponse;
            })();

            v1.QueryLastEventNonceRequest = (function() {

                /**
                 * Properties of a QueryLastEventNonceRequest.
                 * @memberof nrn.bridge.v1
                 * @interface IQueryLastEventNonceRequest
                 * @property {string|null} [validator] QueryLastEventNonceRequest validator
                 */

                /**
                 * Constructs a new QueryLastEventNonceRequest.
                 * @memberof nrn.bridge.v1
                 * @classdesc Represents a QueryLastEventNonceRequest.
                 * @implements IQueryLastEventNonceRequest
                 * @constructor
                 * @param {nrn.bridge.v1.IQueryLastEventNonceRequest=} [properties] Properties to set
                 */
                function QueryLastEventNonceRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryLastEventNonceRequest validator.
                 * @member {string} validator
                 * @memberof nrn.bridge.v1.QueryLastEventNonceRequest
                 * @instance
                 */
                QueryLastEventNonceRequest.prototype.validator = "";

                /**
                 * Creates a new QueryLastEventNonceRequest instance using the specified properties.
                 * @function create
                 * @memberof nrn.bridge.v1.QueryLastEventNonceRequest
                 * @static
                 * @param {nrn.bridge.v1.IQueryLastEventNonceRequest=} [properties] Properties to set
                 * @returns {nrn.bridge.v1.QueryLastEventNonceRequest} QueryLastEventNonceRequest instance
                 */
                QueryLastEventNonceRequest.create = function create(properties) {
                    return new QueryLastEventNonceRequest(properties);
                };

                /**
                 * Encodes the specified QueryLastEventNonceRequest message. Does not implicitly {@link nrn.bridge.v1.QueryLastEventNonceRequest.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.bridge.v1.QueryLastEventNonceRequest
                 * @static
                 * @param {nrn.bridge.v1.IQueryLastEventNonceRequest} message QueryLastEventNonceRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryLastEventNonceRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.validator != null && Object.hasOwnProperty.call(message, "validator"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.validator);
                    return writer;
                };

                /**
                 * Decodes a QueryLastEventNonceRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.bridge.v1.QueryLastEventNonceRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.bridge.v1.QueryLastEventNonceRequest} QueryLastEventNonceRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryLastEventNonceRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.bridge.v1.QueryLastEventNonceRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.validator = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryLastEventNonceRequest
                 * @function getTypeUrl
                 * @memberof nrn.bridge.v1.QueryLastEventNonceRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryLastEventNonceRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.bridge.v1.QueryLastEventNonceRequest";
                };

                return QueryLastEventNonceRequest;
            })();

            v1.QueryLastEventNonceResponse = (function() {

                /**
                 * Properties of a QueryLastEventNonceResponse.
                 * @memberof nrn.bridge.v1
                 * @interface IQueryLastEventNonceResponse
                 * @property {number|null} [last_event_nonce] QueryLastEventNonceResponse last_event_nonce
                 * @property {number|null} [last_observed_nonce] QueryLastEventNonceResponse last_observed_nonce
                 * @property {number|null} [last_observed_eth_height] QueryLastEventNonceResponse last_observed_eth_height
                 */

                /**
                 * Constructs a new QueryLastEventNonceResponse.
                 * @memberof nrn.bridge.v1
                 * @classdesc Represents a QueryLastEventNonceResponse.
                 * @implements IQueryLastEventNonceResponse
                 * @constructor
                 * @param {nrn.bridge.v1.IQueryLastEventNonceResponse=} [properties] Properties to set
                 */
                function QueryLastEventNonceResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryLastEventNonceResponse last_event_nonce.
                 * @member {number} last_event_nonce
                 * @memberof nrn.bridge.v1.QueryLastEventNonceResponse
                 * @instance
                 */
                QueryLastEventNonceResponse.prototype.last_event_nonce = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * QueryLastEventNonceResponse last_observed_nonce.
                 * @member {number} last_observed_nonce
                 * @memberof nrn.bridge.v1.QueryLastEventNonceResponse
                 * @instance
                 */
                QueryLastEventNonceResponse.prototype.last_observed_nonce = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * QueryLastEventNonceResponse last_observed_eth_height.
                 * @member {number} last_observed_eth_height
                 * @memberof nrn.bridge.v1.QueryLastEventNonceResponse
                 * @instance
                 */
                QueryLastEventNonceResponse.prototype.last_observed_eth_height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new QueryLastEventNonceResponse instance using the specified properties.
                 * @function create
                 * @memberof nrn.bridge.v1.QueryLastEventNonceResponse
                 * @static
                 * @param {nrn.bridge.v1.IQueryLastEventNonceResponse=} [properties] Properties to set
                 * @returns {nrn.bridge.v1.QueryLastEventNonceResponse} QueryLastEventNonceResponse instance
                 */
                QueryLastEventNonceResponse.create = function create(properties) {
                    return new QueryLastEventNonceResponse(properties);
                };

                /**
                 * Encodes the specified QueryLastEventNonceResponse message. Does not implicitly {@link nrn.bridge.v1.QueryLastEventNonceResponse.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.bridge.v1.QueryLastEventNonceResponse
                 * @static
                 * @param {nrn.bridge.v1.IQueryLastEventNonceResponse} message QueryLastEventNonceResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryLastEventNonceResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.last_event_nonce != null && Object.hasOwnProperty.call(message, "last_event_nonce"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.last_event_nonce);
                    if (message.last_observed_nonce != null && Object.hasOwnProperty.call(message, "last_observed_nonce"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.last_observed_nonce);
                    if (message.last_observed_eth_height != null && Object.hasOwnProperty.call(message, "last_observed_eth_height"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.last_observed_eth_height);
                    return writer;
                };

                /**
                 * Decodes a QueryLastEventNonceResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.bridge.v1.QueryLastEventNonceResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.bridge.v1.QueryLastEventNonceResponse} QueryLastEventNonceResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryLastEventNonceResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.bridge.v1.QueryLastEventNonceResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.last_event_nonce = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.last_observed_nonce = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.last_observed_eth_height = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryLastEventNonceResponse
                 * @function getTypeUrl
                 * @memberof nrn.bridge.v1.QueryLastEventNonceResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryLastEventNonceResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.bridge.v1.QueryLastEventNonceResponse";
                };

                return QueryLastEventNonceResponse;
            })();

            v1.QueryEthKeysRequest = (function() {

                /**
                 * Properties of a QueryEthKeysRequest.
                 * @memberof nrn.bridge.v1
                 * @interface IQueryEthKeysRequest
                 */

                /**
                 * Constructs a new QueryEthKeysRequest.
                 * @memberof nrn.bridge.v1
                 * @classdesc Represents a QueryEthKeysRequest.
                 * @implements IQueryEthKeysRequest
                 * @constructor
                 * @param {nrn.bridge.v1.IQueryEthKeysRequest=} [properties] Properties to set
                 */
                function QueryEthKeysRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new QueryEthKeysRequest instance using the specified properties.
                 * @function create
                 * @memberof nrn.bridge.v1.QueryEthKeysRequest
                 * @static
                 * @param {nrn.bridge.v1.IQueryEthKeysRequest=} [properties] Properties to set
                 * @returns {nrn.bridge.v1.QueryEthKeysRequest} QueryEthKeysRequest instance
                 */
                QueryEthKeysRequest.create = function create(properties) {
                    return new QueryEthKeysRequest(properties);
                };

                /**
                 * Encodes the specified QueryEthKeysRequest message. Does not implicitly {@link nrn.bridge.v1.QueryEthKeysRequest.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.bridge.v1.QueryEthKeysRequest
                 * @static
                 * @param {nrn.bridge.v1.IQueryEthKeysRequest} message QueryEthKeysRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryEthKeysRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a QueryEthKeysRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.bridge.v1.QueryEthKeysRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.bridge.v1.QueryEthKeysRequest} QueryEthKeysRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryEthKeysRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.bridge.v1.QueryEthKeysRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryEthKeysRequest
                 * @function getTypeUrl
                 * @memberof nrn.bridge.v1.QueryEthKeysRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryEthKeysRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.bridge.v1.QueryEthKeysRequest";
                };

                return QueryEthKeysRequest;
            })();

            v1.QueryEthKeysResponse = (function() {

                /**
                 * Properties of a QueryEthKeysResponse.
                 * @memberof nrn.bridge.v1
                 * @interface IQueryEthKeysResponse
                 * @property {Array.<nrn.bridge.v1.IEthKey>|null} [keys] QueryEthKeysResponse keys
                 */

                /**
                 * Constructs a new QueryEthKeysResponse.
                 * @memberof nrn.bridge.v1
                 * @classdesc Represents a QueryEthKeysResponse.
                 * @implements IQueryEthKeysResponse
                 * @constructor
                 * @param {nrn.bridge.v1.IQueryEthKeysResponse=} [properties] Properties to set
                 */
                function QueryEthKeysResponse(properties) {
                    this.keys = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryEthKeysResponse keys.
                 * @member {Array.<nrn.bridge.v1.IEthKey>} keys
                 * @memberof nrn.bridge.v1.QueryEthKeysResponse
                 * @instance
                 */
                QueryEthKeysResponse.prototype.keys = $util.emptyArray;

                /**
                 * Creates a new QueryEthKeysResponse instance using the specified properties.
                 * @function create
                 * @memberof nrn.bridge.v1.QueryEthKeysResponse
                 * @static
                 * @param {nrn.bridge.v1.IQueryEthKeysResponse=} [properties] Properties to set
                 * @returns {nrn.bridge.v1.QueryEthKeysResponse} QueryEthKeysResponse instance
                 */
                QueryEthKeysResponse.create = function create(properties) {
                    return new QueryEthKeysResponse(properties);
                };

                /**
                 * Encodes the specified QueryEthKeysResponse message. Does not implicitly {@link nrn.bridge.v1.QueryEthKeysResponse.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.bridge.v1.QueryEthKeysResponse
                 * @static
                 * @param {nrn.bridge.v1.IQueryEthKeysResponse} message QueryEthKeysResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryEthKeysResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.keys != null && message.keys.length)
                        for (let i = 0; i < message.keys.length; ++i)
                            $root.nrn.bridge.v1.EthKey.encode(message.keys[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryEthKeysResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.bridge.v1.QueryEthKeysResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.bridge.v1.QueryEthKeysResponse} QueryEthKeysResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryEthKeysResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.bridge.v1.QueryEthKeysResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                if (!(message.keys && message.keys.length))
                                    message.keys = [];
                                message.keys.push($root.nrn.bridge.v1.EthKey.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryEthKeysResponse
                 * @function getTypeUrl
                 * @memberof nrn.bridge.v1.QueryEthKeysResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryEthKeysResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.bridge.v1.QueryEthKeysResponse";
                };

                return QueryEthKeysResponse;
            })();

            v1.QueryAttestationsRequest = (function() {

                /**
                 * Properties of a QueryAttestationsRequest.
                 * @memberof nrn.bridge.v1
                 * @interface IQueryAttestationsRequest
                 * @property {number|null} [event_nonce] QueryAttestationsRequest event_nonce
                 */

                /**
                 * Constructs a new QueryAttestationsRequest.
                 * @memberof nrn.bridge.v1
                 * @classdesc Represents a QueryAttestationsRequest.
                 * @implements IQueryAttestationsRequest
                 * @constructor
                 * @param {nrn.bridge.v1.IQueryAttestationsRequest=} [properties] Properties to set
                 */
                function QueryAttestationsRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryAttestationsRequest event_nonce.
                 * @member {number} event_nonce
                 * @memberof nrn.bridge.v1.QueryAttestationsRequest
                 * @instance
                 */
                QueryAttestationsRequest.prototype.event_nonce = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new QueryAttestationsRequest instance using the specified properties.
                 * @function create
                 * @memberof nrn.bridge.v1.QueryAttestationsRequest
                 * @static
                 * @param {nrn.bridge.v1.IQueryAttestationsRequest=} [properties] Properties to set
                 * @returns {nrn.bridge.v1.QueryAttestationsRequest} QueryAttestationsRequest instance
                 */
                QueryAttestationsRequest.create = function create(properties) {
                    return new QueryAttestationsRequest(properties);
                };

                /**
                 * Encodes the specified QueryAttestationsRequest message. Does not implicitly {@link nrn.bridge.v1.QueryAttestationsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.bridge.v1.QueryAttestationsRequest
                 * @static
                 * @param {nrn.bridge.v1.IQueryAttestationsRequest} message QueryAttestationsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryAttestationsRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.event_nonce != null && Object.hasOwnProperty.call(message, "event_nonce"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.event_nonce);
                    return writer;
                };

                /**
                 * Decodes a QueryAttestationsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.bridge.v1.QueryAttestationsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.bridge.v1.QueryAttestationsRequest} QueryAttestationsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryAttestationsRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.bridge.v1.QueryAttestationsRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.event_nonce = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryAttestationsRequest
                 * @function getTypeUrl
                 * @memberof nrn.bridge.v1.QueryAttestationsRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryAttestationsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.bridge.v1.QueryAttestationsRequest";
                };

                return QueryAttestationsRequest;
            })();

            v1.QueryAttestationsResponse = (function() {

                /**
                 * Properties of a QueryAttestationsResponse.
                 * @memberof nrn.bridge.v1
                 * @interface IQueryAttestationsResponse
                 * @property {Array.<nrn.bridge.v1.IAttestation>|null} [attestations] QueryAttestationsResponse attestations
                 */

                /**
                 * Constructs a new QueryAttestationsResponse.
                 * @memberof nrn.bridge.v1
                 * @classdesc Represents a QueryAttestationsResponse.
                 * @implements IQueryAttestationsResponse
                 * @constructor
                 * @param {nrn.bridge.v1.IQueryAttestationsResponse=} [properties] Properties to set
                 */
                function QueryAttestationsResponse(properties) {
                    this.attestations = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryAttestationsResponse attestations.
                 * @member {Array.<nrn.bridge.v1.IAttestation>} attestations
                 * @memberof nrn.bridge.v1.QueryAttestationsResponse
                 * @instance
                 */
                QueryAttestationsResponse.prototype.attestations = $util.emptyArray;

                /**
                 * Creates a new QueryAttestationsResponse instance using the specified properties.
                 * @function create
                 * @memberof nrn.bridge.v1.QueryAttestationsResponse
                 * @static
                 * @param {nrn.bridge.v1.IQueryAttestationsResponse=} [properties] Properties to set
                 * @returns {nrn.bridge.v1.QueryAttestationsResponse} QueryAttestationsResponse instance
                 */
                QueryAttestationsResponse.create = function create(properties) {
                    return new QueryAttestationsResponse(properties);
                };

                /**
                 * Encodes the specified QueryAttestationsResponse message. Does not implicitly {@link nrn.bridge.v1.QueryAttestationsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.bridge.v1.QueryAttestationsResponse
                 * @static
                 * @param {nrn.bridge.v1.IQueryAttestationsResponse} message QueryAttestationsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryAttestationsResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.attestations != null && message.attestations.length)
                        for (let i = 0; i < message.attestations.length; ++i)
                            $root.nrn.bridge.v1.Attestation.encode(message.attestations[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryAttestationsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.bridge.v1.QueryAttestationsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.bridge.v1.QueryAttestationsResponse} QueryAttestationsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryAttestationsResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.bridge.v1.QueryAttestationsResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                if (!(message.attestations && message.attestations.length))
                                    message.attestations = [];
                                message.attestations.push($root.nrn.bridge.v1.Attestation.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryAttestationsResponse
                 * @function getTypeUrl
                 * @memberof nrn.bridge.v1.QueryAttestationsResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryAttestationsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.bridge.v1.QueryAttestationsResponse";
                };

                return QueryAttestationsResponse;
            })();

            v1.QueryEscrowRequest = (function() {

                /**
                 * Properties of a QueryEscrowRequest.
                 * @memberof nrn.bridge.v1
                 * @interface IQueryEscrowRequest
                 */

                /**
                 * Constructs a new QueryEscrowRequest.
                 * @memberof nrn.bridge.v1
                 * @classdesc Represents a QueryEscrowRequest.
                 * @implements IQueryEscrowRequest
                 * @constructor
                 * @param {nrn.bridge.v1.IQueryEscrowRequest=} [properties] Properties to set
                 */
                function QueryEscrowRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new QueryEscrowRequest instance using the specified properties.
                 * @function create
                 * @memberof nrn.bridge.v1.QueryEscrowRequest
                 * @static
                 * @param {nrn.bridge.v1.IQueryEscrowRequest=} [properties] Properties to set
                 * @returns {nrn.bridge.v1.QueryEscrowRequest} QueryEscrowRequest instance
                 */
                QueryEscrowRequest.create = function create(properties) {
                    return new QueryEscrowRequest(properties);
                };

                /**
                 * Encodes the specified QueryEscrowRequest message. Does not implicitly {@link nrn.bridge.v1.QueryEscrowRequest.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.bridge.v1.QueryEscrowRequest
                 * @static
                 * @param {nrn.bridge.v1.IQueryEscrowRequest} message QueryEscrowRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryEscrowRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a QueryEscrowRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.bridge.v1.QueryEscrowRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.bridge.v1.QueryEscrowRequest} QueryEscrowRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryEscrowRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.bridge.v1.QueryEscrowRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryEscrowRequest
                 * @function getTypeUrl
                 * @memberof nrn.bridge.v1.QueryEscrowRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryEscrowRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.bridge.v1.QueryEscrowRequest";
                };

                return QueryEscrowRequest;
            })();

            v1.QueryEscrowResponse = (function() {

                /**
                 * Properties of a QueryEscrowResponse.
                 * @memberof nrn.bridge.v1
                 * @interface IQueryEscrowResponse
                 * @property {string|null} [escrowed] QueryEscrowResponse escrowed
                 * @property {string|null} [outgoing_in_flight] QueryEscrowResponse outgoing_in_flight
                 */

                /**
                 * Constructs a new QueryEscrowResponse.
                 * @memberof nrn.bridge.v1
                 * @classdesc Represents a QueryEscrowResponse.
                 * @implements IQueryEscrowResponse
                 * @constructor
                 * @param {nrn.bridge.v1.IQueryEscrowResponse=} [properties] Properties to set
                 */
                function QueryEscrowResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryEscrowResponse escrowed.
                 * @member {string} escrowed
                 * @memberof nrn.bridge.v1.QueryEscrowResponse
                 * @instance
                 */
                QueryEscrowResponse.prototype.escrowed = "";

                /**
                 * QueryEscrowResponse outgoing_in_flight.
                 * @member {string} outgoing_in_flight
                 * @memberof nrn.bridge.v1.QueryEscrowResponse
                 * @instance
                 */
                QueryEscrowResponse.prototype.outgoing_in_flight = "";

                /**
                 * Creates a new QueryEscrowResponse instance using the specified properties.
                 * @function create
                 * @memberof nrn.bridge.v1.QueryEscrowResponse
                 * @static
                 * @param {nrn.bridge.v1.IQueryEscrowResponse=} [properties] Properties to set
                 * @returns {nrn.bridge.v1.QueryEscrowResponse} QueryEscrowResponse instance
                 */
                QueryEscrowResponse.create = function create(properties) {
                    return new QueryEscrowResponse(properties);
                };

                /**
                 * Encodes the specified QueryEscrowResponse message. Does not implicitly {@link nrn.bridge.v1.QueryEscrowResponse.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.bridge.v1.QueryEscrowResponse
                 * @static
                 * @param {nrn.bridge.v1.IQueryEscrowResponse} message QueryEscrowResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryEscrowResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.escrowed != null && Object.hasOwnProperty.call(message, "escrowed"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.escrowed);
                    if (message.outgoing_in_flight != null && Object.hasOwnProperty.call(message, "outgoing_in_flight"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.outgoing_in_flight);
                    return writer;
                };

                /**
                 * Decodes a QueryEscrowResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.bridge.v1.QueryEscrowResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.bridge.v1.QueryEscrowResponse} QueryEscrowResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryEscrowResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.bridge.v1.QueryEscrowResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.escrowed = reader.string();
                                break;
                            }
                        case 2: {
                                message.outgoing_in_flight = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryEscrowResponse
                 * @function getTypeUrl
                 * @memberof nrn.bridge.v1.QueryEscrowResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryEscrowResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.bridge.v1.QueryEscrowResponse";
                };

                return QueryEscrowResponse;
            })();

            v1.QuerySettlementsRequest = (function() {

                /**
                 * Properties of a QuerySettlementsRequest.
                 * @memberof nrn.bridge.v1
                 * @interface IQuerySettlementsRequest
                 */

                /**
                 * Constructs a new QuerySettlementsRequest.
                 * @memberof nrn.bridge.v1
                 * @classdesc Represents a QuerySettlementsRequest.
                 * @implements IQuerySettlementsRequest
                 * @constructor
                 * @param {nrn.bridge.v1.IQuerySettlementsRequest=} [properties] Properties to set
                 */
                function QuerySettlementsRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new QuerySettlementsRequest instance using the specified properties.
                 * @function create
                 * @memberof nrn.bridge.v1.QuerySettlementsRequest
                 * @static
                 * @param {nrn.bridge.v1.IQuerySettlementsRequest=} [properties] Properties to set
                 * @returns {nrn.bridge.v1.QuerySettlementsRequest} QuerySettlementsRequest instance
                 */
                QuerySettlementsRequest.create = function create(properties) {
                    return new QuerySettlementsRequest(properties);
                };

                /**
                 * Encodes the specified QuerySettlementsRequest message. Does not implicitly {@link nrn.bridge.v1.QuerySettlementsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.bridge.v1.QuerySettlementsRequest
                 * @static
                 * @param {nrn.bridge.v1.IQuerySettlementsRequest} message QuerySettlementsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QuerySettlementsRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a QuerySettlementsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.bridge.v1.QuerySettlementsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.bridge.v1.QuerySettlementsRequest} QuerySettlementsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QuerySettlementsRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.bridge.v1.QuerySettlementsRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QuerySettlementsRequest
                 * @function getTypeUrl
                 * @memberof nrn.bridge.v1.QuerySettlementsRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QuerySettlementsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.bridge.v1.QuerySettlementsRequest";
                };

                return QuerySettlementsRequest;
            })();

            v1.QuerySettlementsResponse = (function() {

                /**
                 * Properties of a QuerySettlementsResponse.
                 * @memberof nrn.bridge.v1
                 * @interface IQuerySettlementsResponse
                 * @property {Array.<nrn.bridge.v1.ISettlementWithConfirms>|null} [settlements] QuerySettlementsResponse settlements
                 */

                /**
                 * Constructs a new QuerySettlementsResponse.
                 * @memberof nrn.bridge.v1
                 * @classdesc Represents a QuerySettlementsResponse.
                 * @implements IQuerySettlementsResponse
                 * @constructor
                 * @param {nrn.bridge.v1.IQuerySettlementsResponse=} [properties] Properties to set
                 */
                function QuerySettlementsResponse(properties) {
                    this.settlements = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QuerySettlementsResponse settlements.
                 * @member {Array.<nrn.bridge.v1.ISettlementWithConfirms>} settlements
                 * @memberof nrn.bridge.v1.QuerySettlementsResponse
                 * @instance
                 */
                QuerySettlementsResponse.prototype.settlements = $util.emptyArray;

                /**
                 * Creates a new QuerySettlementsResponse instance using the specified properties.
                 * @function create
                 * @memberof nrn.bridge.v1.QuerySettlementsResponse
                 * @static
                 * @param {nrn.bridge.v1.IQuerySettlementsResponse=} [properties] Properties to set
                 * @returns {nrn.bridge.v1.QuerySettlementsResponse} QuerySettlementsResponse instance
                 */
                QuerySettlementsResponse.create = function create(properties) {
                    return new QuerySettlementsResponse(properties);
                };

                /**
                 * Encodes the specified QuerySettlementsResponse message. Does not implicitly {@link nrn.bridge.v1.QuerySettlementsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.bridge.v1.QuerySettlementsResponse
                 * @static
                 * @param {nrn.bridge.v1.IQuerySettlementsResponse} message QuerySettlementsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QuerySettlementsResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.settlements != null && message.settlements.length)
                        for (let i = 0; i < message.settlements.length; ++i)
                            $root.nrn.bridge.v1.SettlementWithConfirms.encode(message.settlements[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QuerySettlementsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.bridge.v1.QuerySettlementsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.bridge.v1.QuerySettlementsResponse} QuerySettlementsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QuerySettlementsResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.bridge.v1.QuerySettlementsResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                if (!(message.settlements && message.settlements.length))
                                    message.settlements = [];
                                message.settlements.push($root.nrn.bridge.v1.SettlementWithConfirms.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QuerySettlementsResponse
                 * @function getTypeUrl
                 * @memberof nrn.bridge.v1.QuerySettlementsResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QuerySettlementsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.bridge.v1.QuerySettlementsResponse";
                };

                return QuerySettlementsResponse;
            })();

            v1.Params = (function() {

                /**
                 * Properties of a Params.
                 * @memberof nrn.bridge.v1
                 * @interface IParams
                 * @property {string|null} [bridge_id] Params bridge_id
                 * @property {string|null} [eth_chain_id] Params eth_chain_id
                 * @property {number|null} [batch_max_size] Params batch_max_size
                 * @property {number|null} [batch_timeout_eth_blocks] Params batch_timeout_eth_blocks
                 * @property {number|null} [valset_change_percent] Params valset_change_percent
                 */

                /**
                 * Constructs a new Params.
                 * @memberof nrn.bridge.v1
                 * @classdesc Represents a Params.
                 * @implements IParams
                 * @constructor
                 * @param {nrn.bridge.v1.IParams=} [properties] Properties to set
                 */
                function Params(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Params bridge_id.
                 * @member {string} bridge_id
                 * @memberof nrn.bridge.v1.Params
                 * @instance
                 */
                Params.prototype.bridge_id = "";

                /**
                 * Params eth_chain_id.
                 * @member {string} eth_chain_id
                 * @memberof nrn.bridge.v1.Params
                 * @instance
                 */
                Params.prototype.eth_chain_id = "";

                /**
                 * Params batch_max_size.
                 * @member {number} batch_max_size
                 * @memberof nrn.bridge.v1.Params
                 * @instance
                 */
                Params.prototype.batch_max_size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params batch_timeout_eth_blocks.
                 * @member {number} batch_timeout_eth_blocks
                 * @memberof nrn.bridge.v1.Params
                 * @instance
                 */
                Params.prototype.batch_timeout_eth_blocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params valset_change_percent.
                 * @member {number} valset_change_percent
                 * @memberof nrn.bridge.v1.Params
                 * @instance
                 */
                Params.prototype.valset_change_percent = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Params instance using the specified properties.
                 * @function create
                 * @memberof nrn.bridge.v1.Params
                 * @static
                 * @param {nrn.bridge.v1.IParams=} [properties] Properties to set
                 * @returns {nrn.bridge.v1.Params} Params instance
                 */
                Params.create = function create(properties) {
                    return new Params(properties);
                };

                /**
                 * Encodes the specified Params message. Does not implicitly {@link nrn.bridge.v1.Params.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.bridge.v1.Params
                 * @static
                 * @param {nrn.bridge.v1.IParams} message Params message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Params.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.bridge_id != null && Object.hasOwnProperty.call(message, "bridge_id"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.bridge_id);
                    if (message.eth_chain_id != null && Object.hasOwnProperty.call(message, "eth_chain_id"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.eth_chain_id);
                    if (message.batch_max_size != null && Object.hasOwnProperty.call(message, "batch_max_size"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.batch_max_size);
                    if (message.batch_timeout_eth_blocks != null && Object.hasOwnProperty.call(message, "batch_timeout_eth_blocks"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.batch_timeout_eth_blocks);
                    if (message.valset_change_percent != null && Object.hasOwnProperty.call(message, "valset_change_percent"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.valset_change_percent);
                    return writer;
                };

                /**
                 * Decodes a Params message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.bridge.v1.Params
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.bridge.v1.Params} Params
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Params.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.bridge.v1.Params();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.bridge_id = reader.string();
                                break;
                            }
                        case 2: {
                                message.eth_chain_id = reader.string();
                                break;
                            }
                        case 3: {
                                message.batch_max_size = reader.uint64();
                                break;
                            }
                        case 4: {
                                message.batch_timeout_eth_blocks = reader.uint64();
                                break;
                            }
                        case 5: {
                                message.valset_change_percent = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for Params
                 * @function getTypeUrl
                 * @memberof nrn.bridge.v1.Params
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Params.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.bridge.v1.Params";
                };

                return Params;
            })();

            v1.EthKey = (function() {

                /**
                 * Properties of an EthKey.
                 * @memberof nrn.bridge.v1
                 * @interface IEthKey
                 * @property {string|null} [validator] EthKey validator
                 * @property {string|null} [eth_address] EthKey eth_address
                 */

                /**
                 * Constructs a new EthKey.
                 * @memberof nrn.bridge.v1
                 * @classdesc Represents an EthKey.
                 * @implements IEthKey
                 * @constructor
                 * @param {nrn.bridge.v1.IEthKey=} [properties] Properties to set
                 */
                function EthKey(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * EthKey validator.
                 * @member {string} validator
                 * @memberof nrn.bridge.v1.EthKey
                 * @instance
                 */
                EthKey.prototype.validator = "";

                /**
                 * EthKey eth_address.
                 * @member {string} eth_address
                 * @memberof nrn.bridge.v1.EthKey
                 * @instance
                 */
                EthKey.prototype.eth_address = "";

                /**
                 * Creates a new EthKey instance using the specified properties.
                 * @function create
                 * @memberof nrn.bridge.v1.EthKey
                 * @static
                 * @param {nrn.bridge.v1.IEthKey=} [properties] Properties to set
                 * @returns {nrn.bridge.v1.EthKey} EthKey instance
                 */
                EthKey.create = function create(properties) {
                    return new EthKey(properties);
                };

                /**
                 * Encodes the specified EthKey message. Does not implicitly {@link nrn.bridge.v1.EthKey.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.bridge.v1.EthKey
                 * @static
                 * @param {nrn.bridge.v1.IEthKey} message EthKey message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EthKey.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.validator != null && Object.hasOwnProperty.call(message, "validator"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.validator);
                    if (message.eth_address != null && Object.hasOwnProperty.call(message, "eth_address"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.eth_address);
                    return writer;
                };

                /**
                 * Decodes an EthKey message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.bridge.v1.EthKey
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.bridge.v1.EthKey} EthKey
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EthKey.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.bridge.v1.EthKey();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.validator = reader.string();
                                break;
                            }
                        case 2: {
                                message.eth_address = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for EthKey
                 * @function getTypeUrl
                 * @memberof nrn.bridge.v1.EthKey
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                EthKey.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.bridge.v1.EthKey";
                };

                return EthKey;
            })();

            v1.OutgoingTransfer = (function() {

                /**
                 * Properties of an OutgoingTransfer.
                 * @memberof nrn.bridge.v1
                 * @interface IOutgoingTransfer
                 * @property {number|null} [id] OutgoingTransfer id
                 * @property {string|null} [sender] OutgoingTransfer sender
                 * @property {string|null} [eth_dest] OutgoingTransfer eth_dest
                 * @property {string|null} [amount] OutgoingTransfer amount
                 * @property {string|null} [bridge_fee] OutgoingTransfer bridge_fee
                 * @property {number|null} [batch_nonce] OutgoingTransfer batch_nonce
                 */

                /**
                 * Constructs a new OutgoingTransfer.
                 * @memberof nrn.bridge.v1
                 * @classdesc Represents an OutgoingTransfer.
                 * @implements IOutgoingTransfer
                 * @constructor
                 * @param {nrn.bridge.v1.IOutgoingTransfer=} [properties] Properties to set
                 */
                function OutgoingTransfer(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * OutgoingTransfer id.
                 * @member {number} id
                 * @memberof nrn.bridge.v1.OutgoingTransfer
                 * @instance
                 */
                OutgoingTransfer.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * OutgoingTransfer sender.
                 * @member {string} sender
                 * @memberof nrn.bridge.v1.OutgoingTransfer
                 * @instance
                 */
                OutgoingTransfer.prototype.sender = "";

                /**
                 * OutgoingTransfer eth_dest.
                 * @member {string} eth_dest
                 * @memberof nrn.bridge.v1.OutgoingTransfer
                 * @instance
                 */
                OutgoingTransfer.prototype.eth_dest = "";

                /**
                 * OutgoingTransfer amount.
                 * @member {string} amount
                 * @memberof nrn.bridge.v1.OutgoingTransfer
                 * @instance
                 */
                OutgoingTransfer.prototype.amount = "";

                /**
                 * OutgoingTransfer bridge_fee.
                 * @member {string} bridge_fee
                 * @memberof nrn.bridge.v1.OutgoingTransfer
                 * @instance
                 */
                OutgoingTransfer.prototype.bridge_fee = "";

                /**
                 * OutgoingTransfer batch_nonce.
                 * @member {number} batch_nonce
                 * @memberof nrn.bridge.v1.OutgoingTransfer
                 * @instance
                 */
                OutgoingTransfer.prototype.batch_nonce = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new OutgoingTransfer instance using the specified properties.
                 * @function create
                 * @memberof nrn.bridge.v1.OutgoingTransfer
                 * @static
                 * @param {nrn.bridge.v1.IOutgoingTransfer=} [properties] Properties to set
                 * @returns {nrn.bridge.v1.OutgoingTransfer} OutgoingTransfer instance
                 */
                OutgoingTransfer.create = function create(properties) {
                    return new OutgoingTransfer(properties);
                };

                /**
                 * Encodes the specified OutgoingTransfer message. Does not implicitly {@link nrn.bridge.v1.OutgoingTransfer.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.bridge.v1.OutgoingTransfer
                 * @static
                 * @param {nrn.bridge.v1.IOutgoingTransfer} message OutgoingTransfer message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                OutgoingTransfer.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                    if (message.sender != null && Object.hasOwnProperty.call(message, "sender"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.sender);
                    if (message.eth_dest != null && Object.hasOwnProperty.call(message, "eth_dest"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.eth_dest);
                    if (message.amount != null && Object.hasOwnProperty.call(message, "amount"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.amount);
                    if (message.bridge_fee != null && Object.hasOwnProperty.call(message, "bridge_fee"))
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.bridge_fee);
                    if (message.batch_nonce != null && Object.hasOwnProperty.call(message, "batch_nonce"))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.batch_nonce);
                    return writer;
                };

                /**
                 * Decodes an OutgoingTransfer message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.bridge.v1.OutgoingTransfer
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.bridge.v1.OutgoingTransfer} OutgoingTransfer
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                OutgoingTransfer.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.bridge.v1.OutgoingTransfer();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.id = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.sender = reader.string();
                                break;
                            }
                        case 3: {
                                message.eth_dest = reader.string();
                                break;
                            }
                        case 4: {
                                message.amount = reader.string();
                                break;
                            }
                        case 5: {
                                message.bridge_fee = reader.string();
                                break;
                            }
                        case 6: {
                                message.batch_nonce = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for OutgoingTransfer
                 * @function getTypeUrl
                 * @memberof nrn.bridge.v1.OutgoingTransfer
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                OutgoingTransfer.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.bridge.v1.OutgoingTransfer";
                };

                return OutgoingTransfer;
            })();

            v1.OutgoingBatch = (function() {

                /**
                 * Properties of an OutgoingBatch.
                 * @memberof nrn.bridge.v1
                 * @interface IOutgoingBatch
                 * @property {number|null} [nonce] OutgoingBatch nonce
                 * @property {number|null} [timeout] OutgoingBatch timeout
                 * @property {Array.<nrn.bridge.v1.IOutgoingTransfer>|null} [transfers] OutgoingBatch transfers
                 * @property {number|null} [height] OutgoingBatch height
                 */

                /**
                 * Constructs a new OutgoingBatch.
                 * @memberof nrn.bridge.v1
                 * @classdesc Represents an OutgoingBatch.
                 * @implements IOutgoingBatch
                 * @constructor
                 * @param {nrn.bridge.v1.IOutgoingBatch=} [properties] Properties to set
                 */
                function OutgoingBatch(properties) {
                    this.transfers = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * OutgoingBatch nonce.
                 * @member {number} nonce
                 * @memberof nrn.bridge.v1.OutgoingBatch
                 * @instance
                 */
                OutgoingBatch.prototype.nonce = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * OutgoingBatch timeout.
                 * @member {number} timeout
                 * @memberof nrn.bridge.v1.OutgoingBatch
                 * @instance
                 */
                OutgoingBatch.prototype.timeout = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * OutgoingBatch transfers.
                 * @member {Array.<nrn.bridge.v1.IOutgoingTransfer>} transfers
                 * @memberof nrn.bridge.v1.OutgoingBatch
                 * @instance
                 */
                OutgoingBatch.prototype.transfers = $util.emptyArray;

                /**
                 * OutgoingBatch height.
                 * @member {number} height
                 * @memberof nrn.bridge.v1.OutgoingBatch
                 * @instance
                 */
                OutgoingBatch.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new OutgoingBatch instance using the specified properties.
                 * @function create
                 * @memberof nrn.bridge.v1.OutgoingBatch
                 * @static
                 * @param {nrn.bridge.v1.IOutgoingBatch=} [properties] Properties to set
                 * @returns {nrn.bridge.v1.OutgoingBatch} OutgoingBatch instance
                 */
                OutgoingBatch.create = function create(properties) {
                    return new OutgoingBatch(properties);
                };

                /**
                 * Encodes the specified OutgoingBatch message. Does not implicitly {@link nrn.bridge.v1.OutgoingBatch.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.bridge.v1.OutgoingBatch
                 * @static
                 * @param {nrn.bridge.v1.IOutgoingBatch} message OutgoingBatch message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                OutgoingBatch.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.nonce != null && Object.hasOwnProperty.call(message, "nonce"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.nonce);
                    if (message.timeout != null && Object.hasOwnProperty.call(message, "timeout"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.timeout);
                    if (message.transfers != null && message.transfers.length)
                        for (let i = 0; i < message.transfers.length; ++i)
                            $root.nrn.bridge.v1.OutgoingTransfer.encode(message.transfers[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    if (message.height != null && Object.hasOwnProperty.call(message, "height"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.height);
                    return writer;
                };

                /**
                 * Decodes an OutgoingBatch message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.bridge.v1.OutgoingBatch
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.bridge.v1.OutgoingBatch} OutgoingBatch
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                OutgoingBatch.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.bridge.v1.OutgoingBatch();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.nonce = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.timeout = reader.uint64();
                                break;
                            }
                        case 3: {
                                if (!(message.transfers && message.transfers.length))
                                    message.transfers = [];
                                message.transfers.push($root.nrn.bridge.v1.OutgoingTransfer.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 4: {
                                message.height = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for OutgoingBatch
                 * @function getTypeUrl
                 * @memberof nrn.bridge.v1.OutgoingBatch
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                OutgoingBatch.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.bridge.v1.OutgoingBatch";
                };

                return OutgoingBatch;
            })();

            v1.ValsetMember = (function() {

                /**
                 * Properties of a ValsetMember.
                 * @memberof nrn.bridge.v1
                 * @interface IValsetMember
                 * @property {string|null} [eth_address] ValsetMember eth_address
                 * @property {string|null} [power] ValsetMember power
                 * @property {string|null} [validator] ValsetMember validator
                 */

                /**
                 * Constructs a new ValsetMember.
                 * @memberof nrn.bridge.v1
                 * @classdesc Represents a ValsetMember.
                 * @implements IValsetMember
                 * @constructor
                 * @param {nrn.bridge.v1.IValsetMember=} [properties] Properties to set
                 */
                function ValsetMember(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ValsetMember eth_address.
                 * @member {string} eth_address
                 * @memberof nrn.bridge.v1.ValsetMember
                 * @instance
                 */
                ValsetMember.prototype.eth_address = "";

                /**
                 * ValsetMember power.
                 * @member {string} power
                 * @memberof nrn.bridge.v1.ValsetMember
                 * @instance
                 */
                ValsetMember.prototype.power = "";

                /**
                 * ValsetMember validator.
                 * @member {string} validator
                 * @memberof nrn.bridge.v1.ValsetMember
                 * @instance
                 */
                ValsetMember.prototype.validator = "";

                /**
                 * Creates a new ValsetMember instance using the specified properties.
                 * @function create
                 * @memberof nrn.bridge.v1.ValsetMember
                 * @static
                 * @param {nrn.bridge.v1.IValsetMember=} [properties] Properties to set
                 * @returns {nrn.bridge.v1.ValsetMember} ValsetMember instance
                 */
                ValsetMember.create = function create(properties) {
                    return new ValsetMember(properties);
                };

                /**
                 * Encodes the specified ValsetMember message. Does not implicitly {@link nrn.bridge.v1.ValsetMember.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.bridge.v1.ValsetMember
                 * @static
                 * @param {nrn.bridge.v1.IValsetMember} message ValsetMember message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ValsetMember.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.eth_address != null && Object.hasOwnProperty.call(message, "eth_address"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.eth_address);
                    if (message.power != null && Object.hasOwnProperty.call(message, "power"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.power);
                    if (message.validator != null && Object.hasOwnProperty.call(message, "validator"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.validator);
                    return writer;
                };

                /**
                 * Decodes a ValsetMember message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.bridge.v1.ValsetMember
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.bridge.v1.ValsetMember} ValsetMember
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ValsetMember.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.bridge.v1.ValsetMember();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.eth_address = reader.string();
                                break;
                            }
                        case 2: {
                                message.power = reader.string();
                                break;
                            }
                        case 3: {
                                message.validator = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for ValsetMember
                 * @function getTypeUrl
                 * @memberof nrn.bridge.v1.ValsetMember
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ValsetMember.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.bridge.v1.ValsetMember";
                };

                return ValsetMember;
            })();

            v1.Valset = (function() {

                /**
                 * Properties of a Valset.
                 * @memberof nrn.bridge.v1
                 * @interface IValset
                 * @property {number|null} [nonce] Valset nonce
                 * @property {Array.<nrn.bridge.v1.IValsetMember>|null} [members] Valset members
                 * @property {number|null} [height] Valset height
                 */

                /**
                 * Constructs a new Valset.
                 * @memberof nrn.bridge.v1
                 * @classdesc Represents a Valset.
                 * @implements IValset
                 * @constructor
                 * @param {nrn.bridge.v1.IValset=} [properties] Properties to set
                 */
                function Valset(properties) {
                    this.members = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Valset nonce.
                 * @member {number} nonce
                 * @memberof nrn.bridge.v1.Valset
                 * @instance
                 */
                Valset.prototype.nonce = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Valset members.
                 * @member {Array.<nrn.bridge.v1.IValsetMember>} members
                 * @memberof nrn.bridge.v1.Valset
                 * @instance
                 */
                Valset.prototype.members = $util.emptyArray;

                /**
                 * Valset height.
                 * @member {number} height
                 * @memberof nrn.bridge.v1.Valset
                 * @instance
                 */
                Valset.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Valset instance using the specified properties.
                 * @function create
                 * @memberof nrn.bridge.v1.Valset
                 * @static
                 * @param {nrn.bridge.v1.IValset=} [properties] Properties to set
                 * @returns {nrn.bridge.v1.Valset} Valset instance
                 */
                Valset.create = function create(properties) {
                    return new Valset(properties);
                };

                /**
                 * Encodes the specified Valset message. Does not implicitly {@link nrn.bridge.v1.Valset.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.bridge.v1.Valset
                 * @static
                 * @param {nrn.bridge.v1.IValset} message Valset message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Valset.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.nonce != null && Object.hasOwnProperty.call(message, "nonce"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.nonce);
                    if (message.members != null && message.members.length)
                        for (let i = 0; i < message.members.length; ++i)
                            $root.nrn.bridge.v1.ValsetMember.encode(message.members[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    if (message.height != null && Object.hasOwnProperty.call(message, "height"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.height);
                    return writer;
                };

                /**
                 * Decodes a Valset message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.bridge.v1.Valset
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.bridge.v1.Valset} Valset
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Valset.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.bridge.v1.Valset();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.nonce = reader.uint64();
                                break;
                            }
                        case 2: {
                                if (!(message.members && message.members.length))
                                    message.members = [];
                                message.members.push($root.nrn.bridge.v1.ValsetMember.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 3: {
                                message.height = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for Valset
                 * @function getTypeUrl
                 * @memberof nrn.bridge.v1.Valset
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Valset.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.bridge.v1.Valset";
                };

                return Valset;
            })();

            v1.Confirm = (function() {

                /**
                 * Properties of a Confirm.
                 * @memberof nrn.bridge.v1
                 * @interface IConfirm
                 * @property {string|null} [validator] Confirm validator
                 * @property {string|null} [eth_address] Confirm eth_address
                 * @property {string|null} [signature] Confirm signature
                 */

                /**
                 * Constructs a new Confirm.
                 * @memberof nrn.bridge.v1
                 * @classdesc Represents a Confirm.
                 * @implements IConfirm
                 * @constructor
                 * @param {nrn.bridge.v1.IConfirm=} [properties] Properties to set
                 */
                function Confirm(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Confirm validator.
                 * @member {string} validator
                 * @memberof nrn.bridge.v1.Confirm
                 * @instance
                 */
                Confirm.prototype.validator = "";

                /**
                 * Confirm eth_address.
                 * @member {string} eth_address
                 * @memberof nrn.bridge.v1.Confirm
                 * @instance
                 */
                Confirm.prototype.eth_address = "";

                /**
                 * Confirm signature.
                 * @member {string} signature
                 * @memberof nrn.bridge.v1.Confirm
                 * @instance
                 */
                Confirm.prototype.signature = "";

                /**
                 * Creates a new Confirm instance using the specified properties.
                 * @function create
                 * @memberof nrn.bridge.v1.Confirm
                 * @static
                 * @param {nrn.bridge.v1.IConfirm=} [properties] Properties to set
                 * @returns {nrn.bridge.v1.Confirm} Confirm instance
                 */
                Confirm.create = function create(properties) {
                    return new Confirm(properties);
                };

                /**
                 * Encodes the specified Confirm message. Does not implicitly {@link nrn.bridge.v1.Confirm.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.bridge.v1.Confirm
                 * @static
                 * @param {nrn.bridge.v1.IConfirm} message Confirm message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Confirm.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.validator != null && Object.hasOwnProperty.call(message, "validator"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.validator);
                    if (message.eth_address != null && Object.hasOwnProperty.call(message, "eth_address"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.eth_address);
                    if (message.signature != null && Object.hasOwnProperty.call(message, "signature"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.signature);
                    return writer;
                };

                /**
                 * Decodes a Confirm message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.bridge.v1.Confirm
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.bridge.v1.Confirm} Confirm
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Confirm.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.bridge.v1.Confirm();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.validator = reader.string();
                                break;
                            }
                        case 2: {
                                message.eth_address = reader.string();
                                break;
                            }
                        case 3: {
                                message.signature = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for Confirm
                 * @function getTypeUrl
                 * @memberof nrn.bridge.v1.Confirm
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Confirm.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.bridge.v1.Confirm";
                };

                return Confirm;
            })();

            v1.ValsetWithConfirms = (function() {

                /**
                 * Properties of a ValsetWithConfirms.
                 * @memberof nrn.bridge.v1
                 * @interface IValsetWithConfirms
                 * @property {nrn.bridge.v1.IValset|null} [valset] ValsetWithConfirms valset
                 * @property {Array.<nrn.bridge.v1.IConfirm>|null} [confirms] ValsetWithConfirms confirms
                 */

                /**
                 * Constructs a new ValsetWithConfirms.
                 * @memberof nrn.bridge.v1
                 * @classdesc Represents a ValsetWithConfirms.
                 * @implements IValsetWithConfirms
                 * @constructor
                 * @param {nrn.bridge.v1.IValsetWithConfirms=} [properties] Properties to set
                 */
                function ValsetWithConfirms(properties) {
                    this.confirms = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ValsetWithConfirms valset.
                 * @member {nrn.bridge.v1.IValset|null|undefined} valset
                 * @memberof nrn.bridge.v1.ValsetWithConfirms
                 * @instance
                 */
                ValsetWithConfirms.prototype.valset = null;

                /**
                 * ValsetWithConfirms confirms.
                 * @member {Array.<nrn.bridge.v1.IConfirm>} confirms
                 * @memberof nrn.bridge.v1.ValsetWithConfirms
                 * @instance
                 */
                ValsetWithConfirms.prototype.confirms = $util.emptyArray;

                /**
                 * Creates a new ValsetWithConfirms instance using the specified properties.
                 * @function create
                 * @memberof nrn.bridge.v1.ValsetWithConfirms
                 * @static
                 * @param {nrn.bridge.v1.IValsetWithConfirms=} [properties] Properties to set
                 * @returns {nrn.bridge.v1.ValsetWithConfirms} ValsetWithConfirms instance
                 */
                ValsetWithConfirms.create = function create(properties) {
                    return new ValsetWithConfirms(properties);
                };

                /**
                 * Encodes the specified ValsetWithConfirms message. Does not implicitly {@link nrn.bridge.v1.ValsetWithConfirms.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.bridge.v1.ValsetWithConfirms
                 * @static
                 * @param {nrn.bridge.v1.IValsetWithConfirms} message ValsetWithConfirms message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ValsetWithConfirms.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.valset != null && Object.hasOwnProperty.call(message, "valset"))
                        $root.nrn.bridge.v1.Valset.encode(message.valset, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (message.confirms != null && message.confirms.length)
                        for (let i = 0; i < message.confirms.length; ++i)
                            $root.nrn.bridge.v1.Confirm.encode(message.confirms[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a ValsetWithConfirms message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.bridge.v1.ValsetWithConfirms
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.bridge.v1.ValsetWithConfirms} ValsetWithConfirms
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ValsetWithConfirms.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.bridge.v1.ValsetWithConfirms();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.valset = $root.nrn.bridge.v1.Valset.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 2: {
                                if (!(message.confirms && message.confirms.length))
                                    message.confirms = [];
                                message.confirms.push($root.nrn.bridge.v1.Confirm.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for ValsetWithConfirms
                 * @function getTypeUrl
                 * @memberof nrn.bridge.v1.ValsetWithConfirms
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ValsetWithConfirms.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.bridge.v1.ValsetWithConfirms";
                };

                return ValsetWithConfirms;
            })();

            v1.BatchWithConfirms = (function() {

                /**
                 * Properties of a BatchWithConfirms.
                 * @memberof nrn.bridge.v1
                 * @interface IBatchWithConfirms
                 * @property {nrn.bridge.v1.IOutgoingBatch|null} [batch] BatchWithConfirms batch
                 * @property {Array.<nrn.bridge.v1.IConfirm>|null} [confirms] BatchWithConfirms confirms
                 * @property {string|null} [digest] BatchWithConfirms digest
                 */

                /**
                 * Constructs a new BatchWithConfirms.
                 * @memberof nrn.bridge.v1
                 * @classdesc Represents a BatchWithConfirms.
                 * @implements IBatchWithConfirms
                 * @constructor
                 * @param {nrn.bridge.v1.IBatchWithConfirms=} [properties] Properties to set
                 */
                function BatchWithConfirms(properties) {
                    this.confirms = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * BatchWithConfirms batch.
                 * @member {nrn.bridge.v1.IOutgoingBatch|null|undefined} batch
                 * @memberof nrn.bridge.v1.BatchWithConfirms
                 * @instance
                 */
                BatchWithConfirms.prototype.batch = null;

                /**
                 * BatchWithConfirms confirms.
                 * @member {Array.<nrn.bridge.v1.IConfirm>} confirms
                 * @memberof nrn.bridge.v1.BatchWithConfirms
                 * @instance
                 */
                BatchWithConfirms.prototype.confirms = $util.emptyArray;

                /**
                 * BatchWithConfirms digest.
                 * @member {string} digest
                 * @memberof nrn.bridge.v1.BatchWithConfirms
                 * @instance
                 */
                BatchWithConfirms.prototype.digest = "";

                /**
                 * Creates a new BatchWithConfirms instance using the specified properties.
                 * @function create
                 * @memberof nrn.bridge.v1.BatchWithConfirms
                 * @static
                 * @param {nrn.bridge.v1.IBatchWithConfirms=} [properties] Properties to set
                 * @returns {nrn.bridge.v1.BatchWithConfirms} BatchWithConfirms instance
                 */
                BatchWithConfirms.create = function create(properties) {
                    return new BatchWithConfirms(properties);
                };

                /**
                 * Encodes the specified BatchWithConfirms message. Does not implicitly {@link nrn.bridge.v1.BatchWithConfirms.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.bridge.v1.BatchWithConfirms
                 * @static
                 * @param {nrn.bridge.v1.IBatchWithConfirms} message BatchWithConfirms message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                BatchWithConfirms.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.batch != null && Object.hasOwnProperty.call(message, "batch"))
                        $root.nrn.bridge.v1.OutgoingBatch.encode(message.batch, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (message.confirms != null && message.confirms.length)
                        for (let i = 0; i < message.confirms.length; ++i)
                            $root.nrn.bridge.v1.Confirm.encode(message.confirms[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    if (message.digest != null && Object.hasOwnProperty.call(message, "digest"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.digest);
                    return writer;
                };

                /**
                 * Decodes a BatchWithConfirms message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.bridge.v1.BatchWithConfirms
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.bridge.v1.BatchWithConfirms} BatchWithConfirms
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                BatchWithConfirms.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.bridge.v1.BatchWithConfirms();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.batch = $root.nrn.bridge.v1.OutgoingBatch.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 2: {
                                if (!(message.confirms && message.confirms.length))
                                    message.confirms = [];
                                message.confirms.push($root.nrn.bridge.v1.Confirm.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 3: {
                                message.digest = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for BatchWithConfirms
                 * @function getTypeUrl
                 * @memberof nrn.bridge.v1.BatchWithConfirms
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                BatchWithConfirms.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.bridge.v1.BatchWithConfirms";
                };

                return BatchWithConfirms;
            })();

            v1.Attestation = (function() {

                /**
                 * Properties of an Attestation.
                 * @memberof nrn.bridge.v1
                 * @interface IAttestation
                 * @property {number|null} [event_nonce] Attestation event_nonce
                 * @property {string|null} [claim_hash] Attestation claim_hash
                 * @property {string|null} [kind] Attestation kind
                 * @property {string|null} [details] Attestation details
                 * @property {Array.<string>|null} [votes] Attestation votes
                 * @property {boolean|null} [observed] Attestation observed
                 * @property {number|null} [eth_block_height] Attestation eth_block_height
                 */

                /**
                 * Constructs a new Attestation.
                 * @memberof nrn.bridge.v1
                 * @classdesc Represents an Attestation.
                 * @implements IAttestation
                 * @constructor
                 * @param {nrn.bridge.v1.IAttestation=} [properties] Properties to set
                 */
                function Attestation(properties) {
                    this.votes = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Attestation event_nonce.
                 * @member {number} event_nonce
                 * @memberof nrn.bridge.v1.Attestation
                 * @instance
                 */
                Attestation.prototype.event_nonce = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Attestation claim_hash.
                 * @member {string} claim_hash
                 * @memberof nrn.bridge.v1.Attestation
                 * @instance
                 */
                Attestation.prototype.claim_hash = "";

                /**
                 * Attestation kind.
                 * @member {string} kind
                 * @memberof nrn.bridge.v1.Attestation
                 * @instance
                 */
                Attestation.prototype.kind = "";

                /**
                 * Attestation details.
                 * @member {string} details
                 * @memberof nrn.bridge.v1.Attestation
                 * @instance
                 */
                Attestation.prototype.details = "";

                /**
                 * Attestation votes.
                 * @member {Array.<string>} votes
                 * @memberof nrn.bridge.v1.Attestation
                 * @instance
                 */
                Attestation.prototype.votes = $util.emptyArray;

                /**
                 * Attestation observed.
                 * @member {boolean} observed
                 * @memberof nrn.bridge.v1.Attestation
                 * @instance
                 */
                Attestation.prototype.observed = false;

                /**
                 * Attestation eth_block_height.
                 * @member {number} eth_block_height
                 * @memberof nrn.bridge.v1.Attestation
                 * @instance
                 */
                Attestation.prototype.eth_block_height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Attestation instance using the specified properties.
                 * @function create
                 * @memberof nrn.bridge.v1.Attestation
                 * @static
                 * @param {nrn.bridge.v1.IAttestation=} [properties] Properties to set
                 * @returns {nrn.bridge.v1.Attestation} Attestation instance
                 */
                Attestation.create = function create(properties) {
                    return new Attestation(properties);
                };

                /**
                 * Encodes the specified Attestation message. Does not implicitly {@link nrn.bridge.v1.Attestation.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.bridge.v1.Attestation
                 * @static
                 * @param {nrn.bridge.v1.IAttestation} message Attestation message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Attestation.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.event_nonce != null && Object.hasOwnProperty.call(message, "event_nonce"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.event_nonce);
                    if (message.claim_hash != null && Object.hasOwnProperty.call(message, "claim_hash"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.claim_hash);
                    if (message.kind != null && Object.hasOwnProperty.call(message, "kind"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.kind);
                    if (message.details != null && Object.hasOwnProperty.call(message, "details"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.details);
                    if (message.votes != null && message.votes.length)
                        for (let i = 0; i < message.votes.length; ++i)
                            writer.uint32(/* id 5, wireType 2 =*/42).string(message.votes[i]);
                    if (message.observed != null && Object.hasOwnProperty.call(message, "observed"))
                        writer.uint32(/* id 6, wireType 0 =*/48).bool(message.observed);
                    if (message.eth_block_height != null && Object.hasOwnProperty.call(message, "eth_block_height"))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.eth_block_height);
                    return writer;
                };

                /**
                 * Decodes an Attestation message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.bridge.v1.Attestation
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.bridge.v1.Attestation} Attestation
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Attestation.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.bridge.v1.Attestation();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.event_nonce = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.claim_hash = reader.string();
                                break;
                            }
                        case 3: {
                                message.kind = reader.string();
                                break;
                            }
                        case 4: {
                                message.details = reader.string();
                                break;
                            }
                        case 5: {
                                if (!(message.votes && message.votes.length))
                                    message.votes = [];
                                message.votes.push(reader.string());
                                break;
                            }
                        case 6: {
                                message.observed = reader.bool();
                                break;
                            }
                        case 7: {
                                message.eth_block_height = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for Attestation
                 * @function getTypeUrl
                 * @memberof nrn.bridge.v1.Attestation
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Attestation.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.bridge.v1.Attestation";
                };

                return Attestation;
            })();

            v1.Settlement = (function() {

                /**
                 * Properties of a Settlement.
                 * @memberof nrn.bridge.v1
                 * @interface ISettlement
                 * @property {number|null} [group_id] Settlement group_id
                 * @property {number|null} [nonce] Settlement nonce
                 * @property {string|null} [training_set_version] Settlement training_set_version
                 * @property {string|null} [checkpoint_cid] Settlement checkpoint_cid
                 * @property {number|null} [height] Settlement height
                 */

                /**
                 * Constructs a new Settlement.
                 * @memberof nrn.bridge.v1
                 * @classdesc Represents a Settlement.
                 * @implements ISettlement
                 * @constructor
                 * @param {nrn.bridge.v1.ISettlement=} [properties] Properties to set
                 */
                function Settlement(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Settlement group_id.
                 * @member {number} group_id
                 * @memberof nrn.bridge.v1.Settlement
                 * @instance
                 */
                Settlement.prototype.group_id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Settlement nonce.
                 * @member {number} nonce
                 * @memberof nrn.bridge.v1.Settlement
                 * @instance
                 */
                Settlement.prototype.nonce = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Settlement training_set_version.
                 * @member {string} training_set_version
                 * @memberof nrn.bridge.v1.Settlement
                 * @instance
                 */
                Settlement.prototype.training_set_version = "";

                /**
                 * Settlement checkpoint_cid.
                 * @member {string} checkpoint_cid
                 * @memberof nrn.bridge.v1.Settlement
                 * @instance
                 */
                Settlement.prototype.checkpoint_cid = "";

                /**
                 * Settlement height.
                 * @member {number} height
                 * @memberof nrn.bridge.v1.Settlement
                 * @instance
                 */
                Settlement.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Settlement instance using the specified properties.
                 * @function create
                 * @memberof nrn.bridge.v1.Settlement
                 * @static
                 * @param {nrn.bridge.v1.ISettlement=} [properties] Properties to set
                 * @returns {nrn.bridge.v1.Settlement} Settlement instance
                 */
                Settlement.create = function create(properties) {
                    return new Settlement(properties);
                };

                /**
                 * Encodes the specified Settlement message. Does not implicitly {@link nrn.bridge.v1.Settlement.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.bridge.v1.Settlement
                 * @static
                 * @param {nrn.bridge.v1.ISettlement} message Settlement message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Settlement.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.group_id != null && Object.hasOwnProperty.call(message, "group_id"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.group_id);
                    if (message.nonce != null && Object.hasOwnProperty.call(message, "nonce"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.nonce);
                    if (message.training_set_version != null && Object.hasOwnProperty.call(message, "training_set_version"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.training_set_version);
                    if (message.checkpoint_cid != null && Object.hasOwnProperty.call(message, "checkpoint_cid"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.checkpoint_cid);
                    if (message.height != null && Object.hasOwnProperty.call(message, "height"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.height);
                    return writer;
                };

                /**
                 * Decodes a Settlement message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.bridge.v1.Settlement
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.bridge.v1.Settlement} Settlement
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Settlement.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.bridge.v1.Settlement();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.group_id = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.nonce = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.training_set_version = reader.string();
                                break;
                            }
                        case 4: {
                                message.checkpoint_cid = reader.string();
                                break;
                            }
                        case 5: {
                                message.height = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for Settlement
                 * @function getTypeUrl
                 * @memberof nrn.bridge.v1.Settlement
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Settlement.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.bridge.v1.Settlement";
                };

                return Settlement;
            })();

            v1.SettlementWithConfirms = (function() {

                /**
                 * Properties of a SettlementWithConfirms.
                 * @memberof nrn.bridge.v1
                 * @interface ISettlementWithConfirms
                 * @property {nrn.bridge.v1.ISettlement|null} [settlement] SettlementWithConfirms settlement
                 * @property {Array.<nrn.bridge.v1.IConfirm>|null} [confirms] SettlementWithConfirms confirms
                 * @property {string|null} [digest] SettlementWithConfirms digest
                 */

                /**
                 * Constructs a new SettlementWithConfirms.
                 * @memberof nrn.bridge.v1
                 * @classdesc Represents a SettlementWithConfirms.
                 * @implements ISettlementWithConfirms
                 * @constructor
                 * @param {nrn.bridge.v1.ISettlementWithConfirms=} [properties] Properties to set
                 */
                function SettlementWithConfirms(properties) {
                    this.confirms = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * SettlementWithConfirms settlement.
                 * @member {nrn.bridge.v1.ISettlement|null|undefined} settlement
                 * @memberof nrn.bridge.v1.SettlementWithConfirms
                 * @instance
                 */
                SettlementWithConfirms.prototype.settlement = null;

                /**
                 * SettlementWithConfirms confirms.
                 * @member {Array.<nrn.bridge.v1.IConfirm>} confirms
                 * @memberof nrn.bridge.v1.SettlementWithConfirms
                 * @instance
                 */
                SettlementWithConfirms.prototype.confirms = $util.emptyArray;

                /**
                 * SettlementWithConfirms digest.
                 * @member {string} digest
                 * @memberof nrn.bridge.v1.SettlementWithConfirms
                 * @instance
                 */
                SettlementWithConfirms.prototype.digest = "";

                /**
                 * Creates a new SettlementWithConfirms instance using the specified properties.
                 * @function create
                 * @memberof nrn.bridge.v1.SettlementWithConfirms
                 * @static
                 * @param {nrn.bridge.v1.ISettlementWithConfirms=} [properties] Properties to set
                 * @returns {nrn.bridge.v1.SettlementWithConfirms} SettlementWithConfirms instance
                 */
                SettlementWithConfirms.create = function create(properties) {
                    return new SettlementWithConfirms(properties);
                };

                /**
                 * Encodes the specified SettlementWithConfirms message. Does not implicitly {@link nrn.bridge.v1.SettlementWithConfirms.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.bridge.v1.SettlementWithConfirms
                 * @static
                 * @param {nrn.bridge.v1.ISettlementWithConfirms} message SettlementWithConfirms message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SettlementWithConfirms.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.settlement != null && Object.hasOwnProperty.call(message, "settlement"))
                        $root.nrn.bridge.v1.Settlement.encode(message.settlement, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (message.confirms != null && message.confirms.length)
                        for (let i = 0; i < message.confirms.length; ++i)
                            $root.nrn.bridge.v1.Confirm.encode(message.confirms[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    if (message.digest != null && Object.hasOwnProperty.call(message, "digest"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.digest);
                    return writer;
                };

                /**
                 * Decodes a SettlementWithConfirms message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.bridge.v1.SettlementWithConfirms
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.bridge.v1.SettlementWithConfirms} SettlementWithConfirms
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SettlementWithConfirms.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.bridge.v1.SettlementWithConfirms();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.settlement = $root.nrn.bridge.v1.Settlement.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 2: {
                                if (!(message.confirms && message.confirms.length))
                                    message.confirms = [];
                                message.confirms.push($root.nrn.bridge.v1.Confirm.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 3: {
                                message.digest = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for SettlementWithConfirms
                 * @function getTypeUrl
                 * @memberof nrn.bridge.v1.SettlementWithConfirms
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                SettlementWithConfirms.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.bridge.v1.SettlementWithConfirms";
                };

                return SettlementWithConfirms;
            })();

            v1.MsgRegisterEthKey = (function() {

                /**
                 * Properties of a MsgRegisterEthKey.
                 * @memberof nrn.bridge.v1
                 * @interface IMsgRegisterEthKey
                 * @property {string|null} [validator] MsgRegisterEthKey validator
                 * @property {string|null} [eth_address] MsgRegisterEthKey eth_address
                 * @property {string|null} [signature] MsgRegisterEthKey signature
                 */

                /**
                 * Constructs a new MsgRegisterEthKey.
                 * @memberof nrn.bridge.v1
                 * @classdesc Represents a MsgRegisterEthKey.
                 * @implements IMsgRegisterEthKey
                 * @constructor
                 * @param {nrn.bridge.v1.IMsgRegisterEthKey=} [properties] Properties to set
                 */
                function MsgRegisterEthKey(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgRegisterEthKey validator.
                 * @member {string} validator
                 * @memberof nrn.bridge.v1.MsgRegisterEthKey
                 * @instance
                 */
                MsgRegisterEthKey.prototype.validator = "";

                /**
                 * MsgRegisterEthKey eth_address.
                 * @member {string} eth_address
                 * @memberof nrn.bridge.v1.MsgRegisterEthKey
                 * @instance
                 */
                MsgRegisterEthKey.prototype.eth_address = "";

                /**
                 * MsgRegisterEthKey signature.
                 * @member {string} signature
                 * @memberof nrn.bridge.v1.MsgRegisterEthKey
                 * @instance
                 */
                MsgRegisterEthKey.prototype.signature = "";

                /**
                 * Creates a new MsgRegisterEthKey instance using the specified properties.
                 * @function create
                 * @memberof nrn.bridge.v1.MsgRegisterEthKey
                 * @static
                 * @param {nrn.bridge.v1.IMsgRegisterEthKey=} [properties] Properties to set
                 * @returns {nrn.bridge.v1.MsgRegisterEthKey} MsgRegisterEthKey instance
                 */
                MsgRegisterEthKey.create = function create(properties) {
                    return new MsgRegisterEthKey(properties);
                };

                /**
                 * Encodes the specified MsgRegisterEthKey message. Does not implicitly {@link nrn.bridge.v1.MsgRegisterEthKey.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.bridge.v1.MsgRegisterEthKey
                 * @static
                 * @param {nrn.bridge.v1.IMsgRegisterEthKey} message MsgRegisterEthKey message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgRegisterEthKey.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.validator != null && Object.hasOwnProperty.call(message, "validator"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.validator);
                    if (message.eth_address != null && Object.hasOwnProperty.call(message, "eth_address"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.eth_address);
                    if (message.signature != null && Object.hasOwnProperty.call(message, "signature"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.signature);
                    return writer;
                };

                /**
                 * Decodes a MsgRegisterEthKey message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.bridge.v1.MsgRegisterEthKey
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.bridge.v1.MsgRegisterEthKey} MsgRegisterEthKey
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgRegisterEthKey.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.bridge.v1.MsgRegisterEthKey();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.validator = reader.string();
                                break;
                            }
                        case 2: {
                                message.eth_address = reader.string();
                                break;
                            }
                        case 3: {
                                message.signature = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for MsgRegisterEthKey
                 * @function getTypeUrl
                 * @memberof nrn.bridge.v1.MsgRegisterEthKey
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgRegisterEthKey.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.bridge.v1.MsgRegisterEthKey";
                };

                return MsgRegisterEthKey;
            })();

            v1.MsgRegisterEthKeyResponse = (function() {

                /**
                 * Properties of a MsgRegisterEthKeyResponse.
                 * @memberof nrn.bridge.v1
                 * @interface IMsgRegisterEthKeyResponse
                 */

                /**
                 * Constructs a new MsgRegisterEthKeyResponse.
                 * @memberof nrn.bridge.v1
                 * @classdesc Represents a MsgRegisterEthKeyResponse.
                 * @implements IMsgRegisterEthKeyResponse
                 * @constructor
                 * @param {nrn.bridge.v1.IMsgRegisterEthKeyResponse=} [properties] Properties to set
                 */
                function MsgRegisterEthKeyResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new MsgRegisterEthKeyResponse instance using the specified properties.
                 * @function create
                 * @memberof nrn.bridge.v1.MsgRegisterEthKeyResponse
                 * @static
                 * @param {nrn.bridge.v1.IMsgRegisterEthKeyResponse=} [properties] Properties to set
                 * @returns {nrn.bridge.v1.MsgRegisterEthKeyResponse} MsgRegisterEthKeyResponse instance
                 */
                MsgRegisterEthKeyResponse.create = function create(properties) {
                    return new MsgRegisterEthKeyResponse(properties);
                };

                /**
                 * Encodes the specified MsgRegisterEthKeyResponse message. Does not implicitly {@link nrn.bridge.v1.MsgRegisterEthKeyResponse.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.bridge.v1.MsgRegisterEthKeyResponse
                 * @static
                 * @param {nrn.bridge.v1.IMsgRegisterEthKeyResponse} message MsgRegisterEthKeyResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgRegisterEthKeyResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a MsgRegisterEthKeyResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.bridge.v1.MsgRegisterEthKeyResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.bridge.v1.MsgRegisterEthKeyResponse} MsgRegisterEthKeyResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgRegisterEthKeyResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.bridge.v1.MsgRegisterEthKeyResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for MsgRegisterEthKeyResponse
                 * @function getTypeUrl
                 * @memberof nrn.bridge.v1.MsgRegisterEthKeyResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgRegisterEthKeyResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.bridge.v1.MsgRegisterEthKeyResponse";
                };

                return MsgRegisterEthKeyResponse;
            })();

            v1.MsgSendToEth = (function() {

                /**
                 * Properties of a MsgSendToEth.
                 * @memberof nrn.bridge.v1
                 * @interface IMsgSendToEth
                 * @property {string|null} [sender] MsgSendToEth sender
                 * @property {string|null} [eth_dest] MsgSendToEth eth_dest
                 * @property {string|null} [amount] MsgSendToEth amount
                 * @property {string|null} [bridge_fee] MsgSendToEth bridge_fee
                 */

                /**
                 * Constructs a new MsgSendToEth.
                 * @memberof nrn.bridge.v1
                 * @classdesc Represents a MsgSendToEth.
                 * @implements IMsgSendToEth
                 * @constructor
                 * @param {nrn.bridge.v1.IMsgSendToEth=} [properties] Properties to set
                 */
                function MsgSendToEth(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgSendToEth sender.
                 * @member {string} sender
                 * @memberof nrn.bridge.v1.MsgSendToEth
                 * @instance
                 */
                MsgSendToEth.prototype.sender = "";

                /**
                 * MsgSendToEth eth_dest.
                 * @member {string} eth_dest
                 * @memberof nrn.bridge.v1.MsgSendToEth
                 * @instance
                 */
                MsgSendToEth.prototype.eth_dest = "";

                /**
                 * MsgSendToEth amount.
                 * @member {string} amount
                 * @memberof nrn.bridge.v1.MsgSendToEth
                 * @instance
                 */
                MsgSendToEth.prototype.amount = "";

                /**
                 * MsgSendToEth bridge_fee.
                 * @member {string} bridge_fee
                 * @memberof nrn.bridge.v1.MsgSendToEth
                 * @instance
                 */
                MsgSendToEth.prototype.bridge_fee = "";

                /**
                 * Creates a new MsgSendToEth instance using the specified properties.
                 * @function create
                 * @memberof nrn.bridge.v1.MsgSendToEth
                 * @static
                 * @param {nrn.bridge.v1.IMsgSendToEth=} [properties] Properties to set
                 * @returns {nrn.bridge.v1.MsgSendToEth} MsgSendToEth instance
                 */
                MsgSendToEth.create = function create(properties) {
                    return new MsgSendToEth(properties);
                };

                /**
                 * Encodes the specified MsgSendToEth message. Does not implicitly {@link nrn.bridge.v1.MsgSendToEth.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.bridge.v1.MsgSendToEth
                 * @static
                 * @param {nrn.bridge.v1.IMsgSendToEth} message MsgSendToEth message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgSendToEth.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.sender != null && Object.hasOwnProperty.call(message, "sender"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sender);
                    if (message.eth_dest != null && Object.hasOwnProperty.call(message, "eth_dest"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.eth_dest);
                    if (message.amount != null && Object.hasOwnProperty.call(message, "amount"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.amount);
                    if (message.bridge_fee != null && Object.hasOwnProperty.call(message, "bridge_fee"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.bridge_fee);
                    return writer;
                };

                /**
                 * Decodes a MsgSendToEth message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.bridge.v1.MsgSendToEth
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.bridge.v1.MsgSendToEth} MsgSendToEth
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgSendToEth.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.bridge.v1.MsgSendToEth();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.sender = reader.string();
                                break;
                            }
                        case 2: {
                                message.eth_dest = reader.string();
                                break;
                            }
                        case 3: {
                                message.amount = reader.string();
                                break;
                            }
                        case 4: {
                                message.bridge_fee = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for MsgSendToEth
                 * @function getTypeUrl
                 * @memberof nrn.bridge.v1.MsgSendToEth
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgSendToEth.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.bridge.v1.MsgSendToEth";
                };

                return MsgSendToEth;
            })();

            v1.MsgSendToEthResponse = (function() {

                /**
                 * Properties of a MsgSendToEthResponse.
                 * @memberof nrn.bridge.v1
                 * @interface IMsgSendToEthResponse
                 * @property {number|null} [transfer_id] MsgSendToEthResponse transfer_id
                 */

                /**
                 * Constructs a new MsgSendToEthResponse.
                 * @memberof nrn.bridge.v1
                 * @classdesc Represents a MsgSendToEthResponse.
                 * @implements IMsgSendToEthResponse
                 * @constructor
                 * @param {nrn.bridge.v1.IMsgSendToEthResponse=} [properties] Properties to set
                 */
                function MsgSendToEthResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgSendToEthResponse transfer_id.
                 * @member {number} transfer_id
                 * @memberof nrn.bridge.v1.MsgSendToEthResponse
                 * @instance
                 */
                MsgSendToEthResponse.prototype.transfer_id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new MsgSendToEthResponse instance using the specified properties.
                 * @function create
                 * @memberof nrn.bridge.v1.MsgSendToEthResponse
                 * @static
                 * @param {nrn.bridge.v1.IMsgSendToEthResponse=} [properties] Properties to set
                 * @returns {nrn.bridge.v1.MsgSendToEthResponse} MsgSendToEthResponse instance
                 */
                MsgSendToEthResponse.create = function create(properties) {
                    return new MsgSendToEthResponse(properties);
                };

                /**
                 * Encodes the specified MsgSendToEthResponse message. Does not implicitly {@link nrn.bridge.v1.MsgSendToEthResponse.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.bridge.v1.MsgSendToEthResponse
                 * @static
                 * @param {nrn.bridge.v1.IMsgSendToEthResponse} message MsgSendToEthResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgSendToEthResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.transfer_id != null && Object.hasOwnProperty.call(message, "transfer_id"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.transfer_id);
                    return writer;
                };

                /**
                 * Decodes a MsgSendToEthResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.bridge.v1.MsgSendToEthResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.bridge.v1.MsgSendToEthResponse} MsgSendToEthResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgSendToEthResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.bridge.v1.MsgSendToEthResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.transfer_id = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for MsgSendToEthResponse
                 * @function getTypeUrl
                 * @memberof nrn.bridge.v1.MsgSendToEthResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgSendToEthResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.bridge.v1.MsgSendToEthResponse";
                };

                return MsgSendToEthResponse;
            })();

            v1.MsgCancelSendToEth = (function() {

                /**
                 * Properties of a MsgCancelSendToEth.
                 * @memberof nrn.bridge.v1
                 * @interface IMsgCancelSendToEth
                 * @property {string|null} [sender] MsgCancelSendToEth sender
                 * @property {number|null} [transfer_id] MsgCancelSendToEth transfer_id
                 */

                /**
                 * Constructs a new MsgCancelSendToEth.
                 * @memberof nrn.bridge.v1
                 * @classdesc Represents a MsgCancelSendToEth.
                 * @implements IMsgCancelSendToEth
                 * @constructor
                 * @param {nrn.bridge.v1.IMsgCancelSendToEth=} [properties] Properties to set
                 */
                function MsgCancelSendToEth(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgCancelSendToEth sender.
                 * @member {string} sender
                 * @memberof nrn.bridge.v1.MsgCancelSendToEth
                 * @instance
                 */
                MsgCancelSendToEth.prototype.sender = "";

                /**
                 * MsgCancelSendToEth transfer_id.
                 * @member {number} transfer_id
                 * @memberof nrn.bridge.v1.MsgCancelSendToEth
                 * @instance
                 */
                MsgCancelSendToEth.prototype.transfer_id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new MsgCancelSendToEth instance using the specified properties.
                 * @function create
                 * @memberof nrn.bridge.v1.MsgCancelSendToEth
                 * @static
                 * @param {nrn.bridge.v1.IMsgCancelSendToEth=} [properties] Properties to set
                 * @returns {nrn.bridge.v1.MsgCancelSendToEth} MsgCancelSendToEth instance
                 */
                MsgCancelSendToEth.create = function create(properties) {
                    return new MsgCancelSendToEth(properties);
                };

                /**
                 * Encodes the specified MsgCancelSendToEth message. Does not implicitly {@link nrn.bridge.v1.MsgCancelSendToEth.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.bridge.v1.MsgCancelSendToEth
                 * @static
                 * @param {nrn.bridge.v1.IMsgCancelSendToEth} message MsgCancelSendToEth message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgCancelSendToEth.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.sender != null && Object.hasOwnProperty.call(message, "sender"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sender);
                    if (message.transfer_id != null && Object.hasOwnProperty.call(message, "transfer_id"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.transfer_id);
                    return writer;
                };

                /**
                 * Decodes a MsgCancelSendToEth message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.bridge.v1.MsgCancelSendToEth
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.bridge.v1.MsgCancelSendToEth} MsgCancelSendToEth
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgCancelSendToEth.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.bridge.v1.MsgCancelSendToEth();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.sender = reader.string();
                                break;
                            }
                        case 2: {
                                message.transfer_id = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for MsgCancelSendToEth
                 * @function getTypeUrl
                 * @memberof nrn.bridge.v1.MsgCancelSendToEth
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgCancelSendToEth.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.bridge.v1.MsgCancelSendToEth";
                };

                return MsgCancelSendToEth;
            })();

            v1.MsgCancelSendToEthResponse = (function() {

                /**
                 * Properties of a MsgCancelSendToEthResponse.
                 * @memberof nrn.bridge.v1
                 * @interface IMsgCancelSendToEthResponse
                 */

                /**
                 * Constructs a new MsgCancelSendToEthResponse.
                 * @memberof nrn.bridge.v1
                 * @classdesc Represents a MsgCancelSendToEthResponse.
                 * @implements IMsgCancelSendToEthResponse
                 * @constructor
                 * @param {nrn.bridge.v1.IMsgCancelSendToEthResponse=} [properties] Properties to set
                 */
                function MsgCancelSendToEthResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new MsgCancelSendToEthResponse instance using the specified properties.
                 * @function create
                 * @memberof nrn.bridge.v1.MsgCancelSendToEthResponse
                 * @static
                 * @param {nrn.bridge.v1.IMsgCancelSendToEthResponse=} [properties] Properties to set
                 * @returns {nrn.bridge.v1.MsgCancelSendToEthResponse} MsgCancelSendToEthResponse instance
                 */
                MsgCancelSendToEthResponse.create = function create(properties) {
                    return new MsgCancelSendToEthResponse(properties);
                };

                /**
                 * Encodes the specified MsgCancelSendToEthResponse message. Does not implicitly {@link nrn.bridge.v1.MsgCancelSendToEthResponse.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.bridge.v1.MsgCancelSendToEthResponse
                 * @static
                 * @param {nrn.bridge.v1.IMsgCancelSendToEthResponse} message MsgCancelSendToEthResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgCancelSendToEthResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a MsgCancelSendToEthResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.bridge.v1.MsgCancelSendToEthResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.bridge.v1.MsgCancelSendToEthResponse} MsgCancelSendToEthResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgCancelSendToEthResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.bridge.v1.MsgCancelSendToEthResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for MsgCancelSendToEthResponse
                 * @function getTypeUrl
                 * @memberof nrn.bridge.v1.MsgCancelSendToEthResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgCancelSendToEthResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.bridge.v1.MsgCancelSendToEthResponse";
                };

                return MsgCancelSendToEthResponse;
            })();

            v1.MsgConfirmValset = (function() {

                /**
                 * Properties of a MsgConfirmValset.
                 * @memberof nrn.bridge.v1
                 * @interface IMsgConfirmValset
                 * @property {string|null} [validator] MsgConfirmValset validator
                 * @property {number|null} [nonce] MsgConfirmValset nonce
                 * @property {string|null} [signature] MsgConfirmValset signature
                 */

                /**
                 * Constructs a new MsgConfirmValset.
                 * @memberof nrn.bridge.v1
                 * @classdesc Represents a MsgConfirmValset.
                 * @implements IMsgConfirmValset
                 * @constructor
                 * @param {nrn.bridge.v1.IMsgConfirmValset=} [properties] Properties to set
                 */
                function MsgConfirmValset(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgConfirmValset validator.
                 * @member {string} validator
                 * @memberof nrn.bridge.v1.MsgConfirmValset
                 * @instance
                 */
                MsgConfirmValset.prototype.validator = "";

                /**
                 * MsgConfirmValset nonce.
                 * @member {number} nonce
                 * @memberof nrn.bridge.v1.MsgConfirmValset
                 * @instance
                 */
                MsgConfirmValset.prototype.nonce = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgConfirmValset signature.
                 * @member {string} signature
                 * @memberof nrn.bridge.v1.MsgConfirmValset
                 * @instance
                 */
                MsgConfirmValset.prototype.signature = "";

                /**
                 * Creates a new MsgConfirmValset instance using the specified properties.
                 * @function create
                 * @memberof nrn.bridge.v1.MsgConfirmValset
                 * @static
                 * @param {nrn.bridge.v1.IMsgConfirmValset=} [properties] Properties to set
                 * @returns {nrn.bridge.v1.MsgConfirmValset} MsgConfirmValset instance
                 */
                MsgConfirmValset.create = function create(properties) {
                    return new MsgConfirmValset(properties);
                };

                /**
                 * Encodes the specified MsgConfirmValset message. Does not implicitly {@link nrn.bridge.v1.MsgConfirmValset.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.bridge.v1.MsgConfirmValset
                 * @static
                 * @param {nrn.bridge.v1.IMsgConfirmValset} message MsgConfirmValset message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgConfirmValset.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.validator != null && Object.hasOwnProperty.call(message, "validator"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.validator);
                    if (message.nonce != null && Object.hasOwnProperty.call(message, "nonce"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.nonce);
                    if (message.signature != null && Object.hasOwnProperty.call(message, "signature"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.signature);
                    return writer;
                };

                /**
                 * Decodes a MsgConfirmValset message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.bridge.v1.MsgConfirmValset
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.bridge.v1.MsgConfirmValset} MsgConfirmValset
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgConfirmValset.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.bridge.v1.MsgConfirmValset();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.validator = reader.string();
                                break;
                            }
                        case 2: {
                                message.nonce = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.signature = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for MsgConfirmValset
                 * @function getTypeUrl
                 * @memberof nrn.bridge.v1.MsgConfirmValset
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgConfirmValset.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.bridge.v1.MsgConfirmValset";
                };

                return MsgConfirmValset;
            })();

            v1.MsgConfirmValsetResponse = (function() {

                /**
                 * Properties of a MsgConfirmValsetResponse.
                 * @memberof nrn.bridge.v1
                 * @interface IMsgConfirmValsetResponse
                 */

                /**
                 * Constructs a new MsgConfirmValsetResponse.
                 * @memberof nrn.bridge.v1
                 * @classdesc Represents a MsgConfirmValsetResponse.
                 * @implements IMsgConfirmValsetResponse
                 * @constructor
                 * @param {nrn.bridge.v1.IMsgConfirmValsetResponse=} [properties] Properties to set
                 */
                function MsgConfirmValsetResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new MsgConfirmValsetResponse instance using the specified properties.
                 * @function create
                 * @memberof nrn.bridge.v1.MsgConfirmValsetResponse
                 * @static
                 * @param {nrn.bridge.v1.IMsgConfirmValsetResponse=} [properties] Properties to set
                 * @returns {nrn.bridge.v1.MsgConfirmValsetResponse} MsgConfirmValsetResponse instance
                 */
                MsgConfirmValsetResponse.create = function create(properties) {
                    return new MsgConfirmValsetResponse(properties);
                };

                /**
                 * Encodes the specified MsgConfirmValsetResponse message. Does not implicitly {@link nrn.bridge.v1.MsgConfirmValsetResponse.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.bridge.v1.MsgConfirmValsetResponse
                 * @static
                 * @param {nrn.bridge.v1.IMsgConfirmValsetResponse} message MsgConfirmValsetResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgConfirmValsetResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a MsgConfirmValsetResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.bridge.v1.MsgConfirmValsetResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.bridge.v1.MsgConfirmValsetResponse} MsgConfirmValsetResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgConfirmValsetResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.bridge.v1.MsgConfirmValsetResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for MsgConfirmValsetResponse
                 * @function getTypeUrl
                 * @memberof nrn.bridge.v1.MsgConfirmValsetResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgConfirmValsetResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.bridge.v1.MsgConfirmValsetResponse";
                };

                return MsgConfirmValsetResponse;
            })();

            v1.MsgConfirmBatch = (function() {

                /**
                 * Properties of a MsgConfirmBatch.
                 * @memberof nrn.bridge.v1
                 * @interface IMsgConfirmBatch
                 * @property {string|null} [validator] MsgConfirmBatch validator
                 * @property {number|null} [nonce] MsgConfirmBatch nonce
                 * @property {string|null} [signature] MsgConfirmBatch signature
                 */

                /**
                 * Constructs a new MsgConfirmBatch.
                 * @memberof nrn.bridge.v1
                 * @classdesc Represents a MsgConfirmBatch.
                 * @implements IMsgConfirmBatch
                 * @constructor
                 * @param {nrn.bridge.v1.IMsgConfirmBatch=} [properties] Properties to set
                 */
                function MsgConfirmBatch(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgConfirmBatch validator.
                 * @member {string} validator
                 * @memberof nrn.bridge.v1.MsgConfirmBatch
                 * @instance
                 */
                MsgConfirmBatch.prototype.validator = "";

                /**
                 * MsgConfirmBatch nonce.
                 * @member {number} nonce
                 * @memberof nrn.bridge.v1.MsgConfirmBatch
                 * @instance
                 */
                MsgConfirmBatch.prototype.nonce = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgConfirmBatch signature.
                 * @member {string} signature
                 * @memberof nrn.bridge.v1.MsgConfirmBatch
                 * @instance
                 */
                MsgConfirmBatch.prototype.signature = "";

                /**
                 * Creates a new MsgConfirmBatch instance using the specified properties.
                 * @function create
                 * @memberof nrn.bridge.v1.MsgConfirmBatch
                 * @static
                 * @param {nrn.bridge.v1.IMsgConfirmBatch=} [properties] Properties to set
                 * @returns {nrn.bridge.v1.MsgConfirmBatch} MsgConfirmBatch instance
                 */
                MsgConfirmBatch.create = function create(properties) {
                    return new MsgConfirmBatch(properties);
                };

                /**
                 * Encodes the specified MsgConfirmBatch message. Does not implicitly {@link nrn.bridge.v1.MsgConfirmBatch.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.bridge.v1.MsgConfirmBatch
                 * @static
                 * @param {nrn.bridge.v1.IMsgConfirmBatch} message MsgConfirmBatch message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgConfirmBatch.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.validator != null && Object.hasOwnProperty.call(message, "validator"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.validator);
                    if (message.nonce != null && Object.hasOwnProperty.call(message, "nonce"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.nonce);
                    if (message.signature != null && Object.hasOwnProperty.call(message, "signature"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.signature);
                    return writer;
                };

                /**
                 * Decodes a MsgConfirmBatch message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.bridge.v1.MsgConfirmBatch
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.bridge.v1.MsgConfirmBatch} MsgConfirmBatch
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgConfirmBatch.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.bridge.v1.MsgConfirmBatch();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.validator = reader.string();
                                break;
                            }
                        case 2: {
                                message.nonce = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.signature = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for MsgConfirmBatch
                 * @function getTypeUrl
                 * @memberof nrn.bridge.v1.MsgConfirmBatch
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgConfirmBatch.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.bridge.v1.MsgConfirmBatch";
                };

                return MsgConfirmBatch;
            })();

            v1.MsgConfirmBatchResponse = (function() {

                /**
                 * Properties of a MsgConfirmBatchResponse.
                 * @memberof nrn.bridge.v1
                 * @interface IMsgConfirmBatchResponse
                 */

                /**
                 * Constructs a new MsgConfirmBatchResponse.
                 * @memberof nrn.bridge.v1
                 * @classdesc Represents a MsgConfirmBatchResponse.
                 * @implements IMsgConfirmBatchResponse
                 * @constructor
                 * @param {nrn.bridge.v1.IMsgConfirmBatchResponse=} [properties] Properties to set
                 */
                function MsgConfirmBatchResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new MsgConfirmBatchResponse instance using the specified properties.
                 * @function create
                 * @memberof nrn.bridge.v1.MsgConfirmBatchResponse
                 * @static
                 * @param {nrn.bridge.v1.IMsgConfirmBatchResponse=} [properties] Properties to set
                 * @returns {nrn.bridge.v1.MsgConfirmBatchResponse} MsgConfirmBatchResponse instance
                 */
                MsgConfirmBatchResponse.create = function create(properties) {
                    return new MsgConfirmBatchResponse(properties);
                };

                /**
                 * Encodes the specified MsgConfirmBatchResponse message. Does not implicitly {@link nrn.bridge.v1.MsgConfirmBatchResponse.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.bridge.v1.MsgConfirmBatchResponse
                 * @static
                 * @param {nrn.bridge.v1.IMsgConfirmBatchResponse} message MsgConfirmBatchResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgConfirmBatchResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a MsgConfirmBatchResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.bridge.v1.MsgConfirmBatchResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.bridge.v1.MsgConfirmBatchResponse} MsgConfirmBatchResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgConfirmBatchResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.bridge.v1.MsgConfirmBatchResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for MsgConfirmBatchResponse
                 * @function getTypeUrl
                 * @memberof nrn.bridge.v1.MsgConfirmBatchResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgConfirmBatchResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.bridge.v1.MsgConfirmBatchResponse";
                };

                return MsgConfirmBatchResponse;
            })();

            v1.MsgConfirmSettlement = (function() {

                /**
                 * Properties of a MsgConfirmSettlement.
                 * @memberof nrn.bridge.v1
                 * @interface IMsgConfirmSettlement
                 * @property {string|null} [validator] MsgConfirmSettlement validator
                 * @property {number|null} [group_id] MsgConfirmSettlement group_id
                 * @property {number|null} [nonce] MsgConfirmSettlement nonce
                 * @property {string|null} [signature] MsgConfirmSettlement signature
                 */

                /**
                 * Constructs a new MsgConfirmSettlement.
                 * @memberof nrn.bridge.v1
                 * @classdesc Represents a MsgConfirmSettlement.
                 * @implements IMsgConfirmSettlement
                 * @constructor
                 * @param {nrn.bridge.v1.IMsgConfirmSettlement=} [properties] Properties to set
                 */
                function MsgConfirmSettlement(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgConfirmSettlement validator.
                 * @member {string} validator
                 * @memberof nrn.bridge.v1.MsgConfirmSettlement
                 * @instance
                 */
                MsgConfirmSettlement.prototype.validator = "";

                /**
                 * MsgConfirmSettlement group_id.
                 * @member {number} group_id
                 * @memberof nrn.bridge.v1.MsgConfirmSettlement
                 * @instance
                 */
                MsgConfirmSettlement.prototype.group_id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgConfirmSettlement nonce.
                 * @member {number} nonce
                 * @memberof nrn.bridge.v1.MsgConfirmSettlement
                 * @instance
                 */
                MsgConfirmSettlement.prototype.nonce = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgConfirmSettlement signature.
                 * @member {string} signature
                 * @memberof nrn.bridge.v1.MsgConfirmSettlement
                 * @instance
                 */
                MsgConfirmSettlement.prototype.signature = "";

                /**
                 * Creates a new MsgConfirmSettlement instance using the specified properties.
                 * @function create
                 * @memberof nrn.bridge.v1.MsgConfirmSettlement
                 * @static
                 * @param {nrn.bridge.v1.IMsgConfirmSettlement=} [properties] Properties to set
                 * @returns {nrn.bridge.v1.MsgConfirmSettlement} MsgConfirmSettlement instance
                 */
                MsgConfirmSettlement.create = function create(properties) {
                    return new MsgConfirmSettlement(properties);
                };

                /**
                 * Encodes the specified MsgConfirmSettlement message. Does not implicitly {@link nrn.bridge.v1.MsgConfirmSettlement.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.bridge.v1.MsgConfirmSettlement
                 * @static
                 * @param {nrn.bridge.v1.IMsgConfirmSettlement} message MsgConfirmSettlement message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgConfirmSettlement.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.validator != null && Object.hasOwnProperty.call(message, "validator"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.validator);
                    if (message.group_id != null && Object.hasOwnProperty.call(message, "group_id"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.group_id);
                    if (message.nonce != null && Object.hasOwnProperty.call(message, "nonce"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.nonce);
                    if (message.signature != null && Object.hasOwnProperty.call(message, "signature"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.signature);
                    return writer;
                };

                /**
                 * Decodes a MsgConfirmSettlement message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.bridge.v1.MsgConfirmSettlement
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.bridge.v1.MsgConfirmSettlement} MsgConfirmSettlement
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgConfirmSettlement.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.bridge.v1.MsgConfirmSettlement();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.validator = reader.string();
                                break;
                            }
                        case 2: {
                                message.group_id = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.nonce = reader.uint64();
                                break;
                            }
                        case 4: {
                                message.signature = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for MsgConfirmSettlement
                 * @function getTypeUrl
                 * @memberof nrn.bridge.v1.MsgConfirmSettlement
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgConfirmSettlement.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.bridge.v1.MsgConfirmSettlement";
                };

                return MsgConfirmSettlement;
            })();

            v1.MsgConfirmSettlementResponse = (function() {

                /**
                 * Properties of a MsgConfirmSettlementResponse.
                 * @memberof nrn.bridge.v1
                 * @interface IMsgConfirmSettlementResponse
                 */

                /**
                 * Constructs a new MsgConfirmSettlementResponse.
                 * @memberof nrn.bridge.v1
                 * @classdesc Represents a MsgConfirmSettlementResponse.
                 * @implements IMsgConfirmSettlementResponse
                 * @constructor
                 * @param {nrn.bridge.v1.IMsgConfirmSettlementResponse=} [properties] Properties to set
                 */
                function MsgConfirmSettlementResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new MsgConfirmSettlementResponse instance using the specified properties.
                 * @function create
                 * @memberof nrn.bridge.v1.MsgConfirmSettlementResponse
                 * @static
                 * @param {nrn.bridge.v1.IMsgConfirmSettlementResponse=} [properties] Properties to set
                 * @returns {nrn.bridge.v1.MsgConfirmSettlementResponse} MsgConfirmSettlementResponse instance
                 */
                MsgConfirmSettlementResponse.create = function create(properties) {
                    return new MsgConfirmSettlementResponse(properties);
                };

                /**
                 * Encodes the specified MsgConfirmSettlementResponse message. Does not implicitly {@link nrn.bridge.v1.MsgConfirmSettlementResponse.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.bridge.v1.MsgConfirmSettlementResponse
                 * @static
                 * @param {nrn.bridge.v1.IMsgConfirmSettlementResponse} message MsgConfirmSettlementResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgConfirmSettlementResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a MsgConfirmSettlementResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.bridge.v1.MsgConfirmSettlementResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.bridge.v1.MsgConfirmSettlementResponse} MsgConfirmSettlementResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgConfirmSettlementResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.bridge.v1.MsgConfirmSettlementResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for MsgConfirmSettlementResponse
                 * @function getTypeUrl
                 * @memberof nrn.bridge.v1.MsgConfirmSettlementResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgConfirmSettlementResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.bridge.v1.MsgConfirmSettlementResponse";
                };

                return MsgConfirmSettlementResponse;
            })();

            v1.MsgDepositClaim = (function() {

                /**
                 * Properties of a MsgDepositClaim.
                 * @memberof nrn.bridge.v1
                 * @interface IMsgDepositClaim
                 * @property {string|null} [validator] MsgDepositClaim validator
                 * @property {number|null} [event_nonce] MsgDepositClaim event_nonce
                 * @property {number|null} [eth_block_height] MsgDepositClaim eth_block_height
                 * @property {string|null} [eth_sender] MsgDepositClaim eth_sender
                 * @property {string|null} [nrn_recipient] MsgDepositClaim nrn_recipient
                 * @property {string|null} [amount] MsgDepositClaim amount
                 */

                /**
                 * Constructs a new MsgDepositClaim.
                 * @memberof nrn.bridge.v1
                 * @classdesc Represents a MsgDepositClaim.
                 * @implements IMsgDepositClaim
                 * @constructor
                 * @param {nrn.bridge.v1.IMsgDepositClaim=} [properties] Properties to set
                 */
                function MsgDepositClaim(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgDepositClaim validator.
                 * @member {string} validator
                 * @memberof nrn.bridge.v1.MsgDepositClaim
                 * @instance
                 */
                MsgDepositClaim.prototype.validator = "";

                /**
                 * MsgDepositClaim event_nonce.
                 * @member {number} event_nonce
                 * @memberof nrn.bridge.v1.MsgDepositClaim
                 * @instance
                 */
                MsgDepositClaim.prototype.event_nonce = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgDepositClaim eth_block_height.
                 * @member {number} eth_block_height
                 * @memberof nrn.bridge.v1.MsgDepositClaim
                 * @instance
                 */
                MsgDepositClaim.prototype.eth_block_height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgDepositClaim eth_sender.
                 * @member {string} eth_sender
                 * @memberof nrn.bridge.v1.MsgDepositClaim
                 * @instance
                 */
                MsgDepositClaim.prototype.eth_sender = "";

                /**
                 * MsgDepositClaim nrn_recipient.
                 * @member {string} nrn_recipient
                 * @memberof nrn.bridge.v1.MsgDepositClaim
                 * @instance
                 */
                MsgDepositClaim.prototype.nrn_recipient = "";

                /**
                 * MsgDepositClaim amount.
                 * @member {string} amount
                 * @memberof nrn.bridge.v1.MsgDepositClaim
                 * @instance
                 */
                MsgDepositClaim.prototype.amount = "";

                /**
                 * Creates a new MsgDepositClaim instance using the specified properties.
                 * @function create
                 * @memberof nrn.bridge.v1.MsgDepositClaim
                 * @static
                 * @param {nrn.bridge.v1.IMsgDepositClaim=} [properties] Properties to set
                 * @returns {nrn.bridge.v1.MsgDepositClaim} MsgDepositClaim instance
                 */
                MsgDepositClaim.create = function create(properties) {
                    return new MsgDepositClaim(properties);
                };

                /**
                 * Encodes the specified MsgDepositClaim message. Does not implicitly {@link nrn.bridge.v1.MsgDepositClaim.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.bridge.v1.MsgDepositClaim
                 * @static
                 * @param {nrn.bridge.v1.IMsgDepositClaim} message MsgDepositClaim message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgDepositClaim.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.validator != null && Object.hasOwnProperty.call(message, "validator"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.validator);
                    if (message.event_nonce != null && Object.hasOwnProperty.call(message, "event_nonce"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.event_nonce);
                    if (message.eth_block_height != null && Object.hasOwnProperty.call(message, "eth_block_height"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.eth_block_height);
                    if (message.eth_sender != null && Object.hasOwnProperty.call(message, "eth_sender"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.eth_sender);
                    if (message.nrn_recipient != null && Object.hasOwnProperty.call(message, "nrn_recipient"))
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.nrn_recipient);
                    if (message.amount != null && Object.hasOwnProperty.call(message, "amount"))
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.amount);
                    return writer;
                };

                /**
                 * Decodes a MsgDepositClaim message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.bridge.v1.MsgDepositClaim
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.bridge.v1.MsgDepositClaim} MsgDepositClaim
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgDepositClaim.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.bridge.v1.MsgDepositClaim();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.validator = reader.string();
                                break;
                            }
                        case 2: {
                                message.event_nonce = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.eth_block_height = reader.uint64();
                                break;
                            }
                        case 4: {
                                message.eth_sender = reader.string();
                                break;
                            }
                        case 5: {
                                message.nrn_recipient = reader.string();
                                break;
                            }
                        case 6: {
                                message.amount = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for MsgDepositClaim
                 * @function getTypeUrl
                 * @memberof nrn.bridge.v1.MsgDepositClaim
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgDepositClaim.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.bridge.v1.MsgDepositClaim";
                };

                return MsgDepositClaim;
            })();

            v1.MsgDepositClaimResponse = (function() {

                /**
                 * Properties of a MsgDepositClaimResponse.
                 * @memberof nrn.bridge.v1
                 * @interface IMsgDepositClaimResponse
                 */

                /**
                 * Constructs a new MsgDepositClaimResponse.
                 * @memberof nrn.bridge.v1
                 * @classdesc Represents a MsgDepositClaimResponse.
                 * @implements IMsgDepositClaimResponse
                 * @constructor
                 * @param {nrn.bridge.v1.IMsgDepositClaimResponse=} [properties] Properties to set
                 */
                function MsgDepositClaimResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new MsgDepositClaimResponse instance using the specified properties.
                 * @function create
                 * @memberof nrn.bridge.v1.MsgDepositClaimResponse
                 * @static
                 * @param {nrn.bridge.v1.IMsgDepositClaimResponse=} [properties] Properties to set
                 * @returns {nrn.bridge.v1.MsgDepositClaimResponse} MsgDepositClaimResponse instance
                 */
                MsgDepositClaimResponse.create = function create(properties) {
                    return new MsgDepositClaimResponse(properties);
                };

                /**
                 * Encodes the specified MsgDepositClaimResponse message. Does not implicitly {@link nrn.bridge.v1.MsgDepositClaimResponse.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.bridge.v1.MsgDepositClaimResponse
                 * @static
                 * @param {nrn.bridge.v1.IMsgDepositClaimResponse} message MsgDepositClaimResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgDepositClaimResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a MsgDepositClaimResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.bridge.v1.MsgDepositClaimResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.bridge.v1.MsgDepositClaimResponse} MsgDepositClaimResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgDepositClaimResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.bridge.v1.MsgDepositClaimResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for MsgDepositClaimResponse
                 * @function getTypeUrl
                 * @memberof nrn.bridge.v1.MsgDepositClaimResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgDepositClaimResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.bridge.v1.MsgDepositClaimResponse";
                };

                return MsgDepositClaimResponse;
            })();

            v1.MsgBatchExecutedClaim = (function() {

                /**
                 * Properties of a MsgBatchExecutedClaim.
                 * @memberof nrn.bridge.v1
                 * @interface IMsgBatchExecutedClaim
                 * @property {string|null} [validator] MsgBatchExecutedClaim validator
                 * @property {number|null} [event_nonce] MsgBatchExecutedClaim event_nonce
                 * @property {number|null} [eth_block_height] MsgBatchExecutedClaim eth_block_height
                 * @property {number|null} [batch_nonce] MsgBatchExecutedClaim batch_nonce
                 */

                /**
                 * Constructs a new MsgBatchExecutedClaim.
                 * @memberof nrn.bridge.v1
                 * @classdesc Represents a MsgBatchExecutedClaim.
                 * @implements IMsgBatchExecutedClaim
                 * @constructor
                 * @param {nrn.bridge.v1.IMsgBatchExecutedClaim=} [properties] Properties to set
                 */
                function MsgBatchExecutedClaim(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgBatchExecutedClaim validator.
                 * @member {string} validator
                 * @memberof nrn.bridge.v1.MsgBatchExecutedClaim
                 * @instance
                 */
                MsgBatchExecutedClaim.prototype.validator = "";

                /**
                 * MsgBatchExecutedClaim event_nonce.
                 * @member {number} event_nonce
                 * @memberof nrn.bridge.v1.MsgBatchExecutedClaim
                 * @instance
                 */
                MsgBatchExecutedClaim.prototype.event_nonce = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgBatchExecutedClaim eth_block_height.
                 * @member {number} eth_block_height
                 * @memberof nrn.bridge.v1.MsgBatchExecutedClaim
                 * @instance
                 */
                MsgBatchExecutedClaim.prototype.eth_block_height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgBatchExecutedClaim batch_nonce.
                 * @member {number} batch_nonce
                 * @memberof nrn.bridge.v1.MsgBatchExecutedClaim
                 * @instance
                 */
                MsgBatchExecutedClaim.prototype.batch_nonce = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new MsgBatchExecutedClaim instance using the specified properties.
                 * @function create
                 * @memberof nrn.bridge.v1.MsgBatchExecutedClaim
                 * @static
                 * @param {nrn.bridge.v1.IMsgBatchExecutedClaim=} [properties] Properties to set
                 * @returns {nrn.bridge.v1.MsgBatchExecutedClaim} MsgBatchExecutedClaim instance
                 */
                MsgBatchExecutedClaim.create = function create(properties) {
                    return new MsgBatchExecutedClaim(properties);
                };

                /**
                 * Encodes the specified MsgBatchExecutedClaim message. Does not implicitly {@link nrn.bridge.v1.MsgBatchExecutedClaim.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.bridge.v1.MsgBatchExecutedClaim
                 * @static
                 * @param {nrn.bridge.v1.IMsgBatchExecutedClaim} message MsgBatchExecutedClaim message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgBatchExecutedClaim.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.validator != null && Object.hasOwnProperty.call(message, "validator"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.validator);
                    if (message.event_nonce != null && Object.hasOwnProperty.call(message, "event_nonce"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.event_nonce);
                    if (message.eth_block_height != null && Object.hasOwnProperty.call(message, "eth_block_height"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.eth_block_height);
                    if (message.batch_nonce != null && Object.hasOwnProperty.call(message, "batch_nonce"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.batch_nonce);
                    return writer;
                };

                /**
                 * Decodes a MsgBatchExecutedClaim message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.bridge.v1.MsgBatchExecutedClaim
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.bridge.v1.MsgBatchExecutedClaim} MsgBatchExecutedClaim
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgBatchExecutedClaim.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.bridge.v1.MsgBatchExecutedClaim();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.validator = reader.string();
                                break;
                            }
                        case 2: {
                                message.event_nonce = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.eth_block_height = reader.uint64();
                                break;
                            }
                        case 4: {
                                message.batch_nonce = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for MsgBatchExecutedClaim
                 * @function getTypeUrl
                 * @memberof nrn.bridge.v1.MsgBatchExecutedClaim
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgBatchExecutedClaim.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.bridge.v1.MsgBatchExecutedClaim";
                };

                return MsgBatchExecutedClaim;
            })();

            v1.MsgBatchExecutedClaimResponse = (function() {

                /**
                 * Properties of a MsgBatchExecutedClaimResponse.
                 * @memberof nrn.bridge.v1
                 * @interface IMsgBatchExecutedClaimResponse
                 */

                /**
                 * Constructs a new MsgBatchExecutedClaimResponse.
                 * @memberof nrn.bridge.v1
                 * @classdesc Represents a MsgBatchExecutedClaimResponse.
                 * @implements IMsgBatchExecutedClaimResponse
                 * @constructor
                 * @param {nrn.bridge.v1.IMsgBatchExecutedClaimResponse=} [properties] Properties to set
                 */
                function MsgBatchExecutedClaimResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new MsgBatchExecutedClaimResponse instance using the specified properties.
                 * @function create
                 * @memberof nrn.bridge.v1.MsgBatchExecutedClaimResponse
                 * @static
                 * @param {nrn.bridge.v1.IMsgBatchExecutedClaimResponse=} [properties] Properties to set
                 * @returns {nrn.bridge.v1.MsgBatchExecutedClaimResponse} MsgBatchExecutedClaimResponse instance
                 */
                MsgBatchExecutedClaimResponse.create = function create(properties) {
                    return new MsgBatchExecutedClaimResponse(properties);
                };

                /**
                 * Encodes the specified MsgBatchExecutedClaimResponse message. Does not implicitly {@link nrn.bridge.v1.MsgBatchExecutedClaimResponse.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.bridge.v1.MsgBatchExecutedClaimResponse
                 * @static
                 * @param {nrn.bridge.v1.IMsgBatchExecutedClaimResponse} message MsgBatchExecutedClaimResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgBatchExecutedClaimResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a MsgBatchExecutedClaimResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.bridge.v1.MsgBatchExecutedClaimResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.bridge.v1.MsgBatchExecutedClaimResponse} MsgBatchExecutedClaimResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgBatchExecutedClaimResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.bridge.v1.MsgBatchExecutedClaimResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for MsgBatchExecutedClaimResponse
                 * @function getTypeUrl
                 * @memberof nrn.bridge.v1.MsgBatchExecutedClaimResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgBatchExecutedClaimResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.bridge.v1.MsgBatchExecutedClaimResponse";
                };

                return MsgBatchExecutedClaimResponse;
            })();

            v1.MsgValsetUpdatedClaim = (function() {

                /**
                 * Properties of a MsgValsetUpdatedClaim.
                 * @memberof nrn.bridge.v1
                 * @interface IMsgValsetUpdatedClaim
                 * @property {string|null} [validator] MsgValsetUpdatedClaim validator
                 * @property {number|null} [event_nonce] MsgValsetUpdatedClaim event_nonce
                 * @property {number|null} [eth_block_height] MsgValsetUpdatedClaim eth_block_height
                 * @property {number|null} [valset_nonce] MsgValsetUpdatedClaim valset_nonce
                 */

                /**
                 * Constructs a new MsgValsetUpdatedClaim.
                 * @memberof nrn.bridge.v1
                 * @classdesc Represents a MsgValsetUpdatedClaim.
                 * @implements IMsgValsetUpdatedClaim
                 * @constructor
                 * @param {nrn.bridge.v1.IMsgValsetUpdatedClaim=} [properties] Properties to set
                 */
                function MsgValsetUpdatedClaim(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgValsetUpdatedClaim validator.
                 * @member {string} validator
                 * @memberof nrn.bridge.v1.MsgValsetUpdatedClaim
                 * @instance
                 */
                MsgValsetUpdatedClaim.prototype.validator = "";

                /**
                 * MsgValsetUpdatedClaim event_nonce.
                 * @member {number} event_nonce
                 * @memberof nrn.bridge.v1.MsgValsetUpdatedClaim
                 * @instance
                 */
                MsgValsetUpdatedClaim.prototype.event_nonce = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgValsetUpdatedClaim eth_block_height.
                 * @member {number} eth_block_height
                 * @memberof nrn.bridge.v1.MsgValsetUpdatedClaim
                 * @instance
                 */
                MsgValsetUpdatedClaim.prototype.eth_block_height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgValsetUpdatedClaim valset_nonce.
                 * @member {number} valset_nonce
                 * @memberof nrn.bridge.v1.MsgValsetUpdatedClaim
                 * @instance
                 */
                MsgValsetUpdatedClaim.prototype.valset_nonce = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new MsgValsetUpdatedClaim instance using the specified properties.
                 * @function create
                 * @memberof nrn.bridge.v1.MsgValsetUpdatedClaim
                 * @static
                 * @param {nrn.bridge.v1.IMsgValsetUpdatedClaim=} [properties] Properties to set
                 * @returns {nrn.bridge.v1.MsgValsetUpdatedClaim} MsgValsetUpdatedClaim instance
                 */
                MsgValsetUpdatedClaim.create = function create(properties) {
                    return new MsgValsetUpdatedClaim(properties);
                };

                /**
                 * Encodes the specified MsgValsetUpdatedClaim message. Does not implicitly {@link nrn.bridge.v1.MsgValsetUpdatedClaim.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.bridge.v1.MsgValsetUpdatedClaim
                 * @static
                 * @param {nrn.bridge.v1.IMsgValsetUpdatedClaim} message MsgValsetUpdatedClaim message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgValsetUpdatedClaim.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.validator != null && Object.hasOwnProperty.call(message, "validator"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.validator);
                    if (message.event_nonce != null && Object.hasOwnProperty.call(message, "event_nonce"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.event_nonce);
                    if (message.eth_block_height != null && Object.hasOwnProperty.call(message, "eth_block_height"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.eth_block_height);
                    if (message.valset_nonce != null && Object.hasOwnProperty.call(message, "valset_nonce"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.valset_nonce);
                    return writer;
                };

                /**
                 * Decodes a MsgValsetUpdatedClaim message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.bridge.v1.MsgValsetUpdatedClaim
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.bridge.v1.MsgValsetUpdatedClaim} MsgValsetUpdatedClaim
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgValsetUpdatedClaim.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.bridge.v1.MsgValsetUpdatedClaim();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.validator = reader.string();
                                break;
                            }
                        case 2: {
                                message.event_nonce = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.eth_block_height = reader.uint64();
                                break;
                            }
                        case 4: {
                                message.valset_nonce = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for MsgValsetUpdatedClaim
                 * @function getTypeUrl
                 * @memberof nrn.bridge.v1.MsgValsetUpdatedClaim
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgValsetUpdatedClaim.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.bridge.v1.MsgValsetUpdatedClaim";
                };

                return MsgValsetUpdatedClaim;
            })();

            v1.MsgValsetUpdatedClaimResponse = (function() {

                /**
                 * Properties of a MsgValsetUpdatedClaimResponse.
                 * @memberof nrn.bridge.v1
                 * @interface IMsgValsetUpdatedClaimResponse
                 */

                /**
                 * Constructs a new MsgValsetUpdatedClaimResponse.
                 * @memberof nrn.bridge.v1
                 * @classdesc Represents a MsgValsetUpdatedClaimResponse.
                 * @implements IMsgValsetUpdatedClaimResponse
                 * @constructor
                 * @param {nrn.bridge.v1.IMsgValsetUpdatedClaimResponse=} [properties] Properties to set
                 */
                function MsgValsetUpdatedClaimResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new MsgValsetUpdatedClaimResponse instance using the specified properties.
                 * @function create
                 * @memberof nrn.bridge.v1.MsgValsetUpdatedClaimResponse
                 * @static
                 * @param {nrn.bridge.v1.IMsgValsetUpdatedClaimResponse=} [properties] Properties to set
                 * @returns {nrn.bridge.v1.MsgValsetUpdatedClaimResponse} MsgValsetUpdatedClaimResponse instance
                 */
                MsgValsetUpdatedClaimResponse.create = function create(properties) {
                    return new MsgValsetUpdatedClaimResponse(properties);
                };

                /**
                 * Encodes the specified MsgValsetUpdatedClaimResponse message. Does not implicitly {@link nrn.bridge.v1.MsgValsetUpdatedClaimResponse.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.bridge.v1.MsgValsetUpdatedClaimResponse
                 * @static
                 * @param {nrn.bridge.v1.IMsgValsetUpdatedClaimResponse} message MsgValsetUpdatedClaimResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgValsetUpdatedClaimResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a MsgValsetUpdatedClaimResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.bridge.v1.MsgValsetUpdatedClaimResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.bridge.v1.MsgValsetUpdatedClaimResponse} MsgValsetUpdatedClaimResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgValsetUpdatedClaimResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.bridge.v1.MsgValsetUpdatedClaimResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for MsgValsetUpdatedClaimResponse
                 * @function getTypeUrl
                 * @memberof nrn.bridge.v1.MsgValsetUpdatedClaimResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgValsetUpdatedClaimResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.bridge.v1.MsgValsetUpdatedClaimResponse";
                };

                return MsgValsetUpdatedClaimResponse;
            })();

            return v1;
        })();

        return bridge;
    })();

    nrn.checkpoint = (function() {

        /**
         * Namespace checkpoint.
         * @memberof nrn
         * @namespace
         */
        const checkpoint = {};

        checkpoint.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof nrn.checkpoint
             * @namespace
             */
            const v1 = {};

            v1.GenesisState = (function() {

                /**
                 * Properties of a GenesisState.
                 * @memberof nrn.checkpoint.v1
                 * @interface IGenesisState
                 * @property {nrn.checkpoint.v1.IParams|null} [params] GenesisState params
                 */

                /**
                 * Constructs a new GenesisState.
                 * @memberof nrn.checkpoint.v1
                 * @classdesc Represents a GenesisState.
                 * @implements IGenesisState
                 * @constructor
                 * @param {nrn.checkpoint.v1.IGenesisState=} [properties] Properties to set
                 */
                function GenesisState(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * GenesisState params.
                 * @member {nrn.checkpoint.v1.IParams|null|undefined} params
                 * @memberof nrn.checkpoint.v1.GenesisState
                 * @instance
                 */
                GenesisState.prototype.params = null;

                /**
                 * Creates a new GenesisState instance using the specified properties.
                 * @function create
                 * @memberof nrn.checkpoint.v1.GenesisState
                 * @static
                 * @param {nrn.checkpoint.v1.IGenesisState=} [properties] Properties to set
                 * @returns {nrn.checkpoint.v1.GenesisState} GenesisState instance
                 */
                GenesisState.create = function create(properties) {
                    return new GenesisState(properties);
                };

                /**
                 * Encodes the specified GenesisState message. Does not implicitly {@link nrn.checkpoint.v1.GenesisState.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.checkpoint.v1.GenesisState
                 * @static
                 * @param {nrn.checkpoint.v1.IGenesisState} message GenesisState message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GenesisState.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.params != null && Object.hasOwnProperty.call(message, "params"))
                        $root.nrn.checkpoint.v1.Params.encode(message.params, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a GenesisState message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.checkpoint.v1.GenesisState
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.checkpoint.v1.GenesisState} GenesisState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GenesisState.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.checkpoint.v1.GenesisState();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.params = $root.nrn.checkpoint.v1.Params.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for GenesisState
                 * @function getTypeUrl
                 * @memberof nrn.checkpoint.v1.GenesisState
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                GenesisState.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.checkpoint.v1.GenesisState";
                };

                return GenesisState;
            })();

            v1.Params = (function() {

                /**
                 * Properties of a Params.
                 * @memberof nrn.checkpoint.v1
                 * @interface IParams
                 * @property {string|null} [reveal_deposit] Params reveal_deposit
                 * @property {number|null} [default_tolerance_micro] Params default_tolerance_micro
                 */

                /**
                 * Constructs a new Params.
                 * @memberof nrn.checkpoint.v1
                 * @classdesc Represents a Params.
                 * @implements IParams
                 * @constructor
                 * @param {nrn.checkpoint.v1.IParams=} [properties] Properties to set
                 */
                function Params(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Params reveal_deposit.
                 * @member {string} reveal_deposit
                 * @memberof nrn.checkpoint.v1.Params
                 * @instance
                 */
                Params.prototype.reveal_deposit = "";

                /**
                 * Params default_tolerance_micro.
                 * @member {number} default_tolerance_micro
                 * @memberof nrn.checkpoint.v1.Params
                 * @instance
                 */
                Params.prototype.default_tolerance_micro = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Params instance using the specified properties.
                 * @function create
                 * @memberof nrn.checkpoint.v1.Params
                 * @static
                 * @param {nrn.checkpoint.v1.IParams=} [properties] Properties to set
                 * @returns {nrn.checkpoint.v1.Params} Params instance
                 */
                Params.create = function create(properties) {
                    return new Params(properties);
                };

                /**
                 * Encodes the specified Params message. Does not implicitly {@link nrn.checkpoint.v1.Params.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.checkpoint.v1.Params
                 * @static
                 * @param {nrn.checkpoint.v1.IParams} message Params message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Params.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.reveal_deposit != null && Object.hasOwnProperty.call(message, "reveal_deposit"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.reveal_deposit);
                    if (message.default_tolerance_micro != null && Object.hasOwnProperty.call(message, "default_tolerance_micro"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.default_tolerance_micro);
                    return writer;
                };

                /**
                 * Decodes a Params message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.checkpoint.v1.Params
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.checkpoint.v1.Params} Params
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Params.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.checkpoint.v1.Params();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.reveal_deposit = reader.string();
                                break;
                            }
                        case 2: {
                                message.default_tolerance_micro = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for Params
                 * @function getTypeUrl
                 * @memberof nrn.checkpoint.v1.Params
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Params.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.checkpoint.v1.Params";
                };

                return Params;
            })();

            v1.Commit = (function() {

                /**
                 * Properties of a Commit.
                 * @memberof nrn.checkpoint.v1
                 * @interface ICommit
                 * @property {string|null} [trainer] Commit trainer
                 * @property {number|null} [group_id] Commit group_id
                 * @property {number|null} [round] Commit round
                 * @property {string|null} [commitment] Commit commitment
                 * @property {number|null} [height] Commit height
                 * @property {number|null} [seq] Commit seq
                 * @property {string|null} [deposit] Commit deposit
                 * @property {string|null} [revealed_cid] Commit revealed_cid
                 */

                /**
                 * Constructs a new Commit.
                 * @memberof nrn.checkpoint.v1
                 * @classdesc Represents a Commit.
                 * @implements ICommit
                 * @constructor
                 * @param {nrn.checkpoint.v1.ICommit=} [properties] Properties to set
                 */
                function Commit(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Commit trainer.
                 * @member {string} trainer
                 * @memberof nrn.checkpoint.v1.Commit
                 * @instance
                 */
                Commit.prototype.trainer = "";

                /**
                 * Commit group_id.
                 * @member {number} group_id
                 * @memberof nrn.checkpoint.v1.Commit
                 * @instance
                 */
                Commit.prototype.group_id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Commit round.
                 * @member {number} round
                 * @memberof nrn.checkpoint.v1.Commit
                 * @instance
                 */
                Commit.prototype.round = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Commit commitment.
                 * @member {string} commitment
                 * @memberof nrn.checkpoint.v1.Commit
                 * @instance
                 */
                Commit.prototype.commitment = "";

                /**
                 * Commit height.
                 * @member {number} height
                 * @memberof nrn.checkpoint.v1.Commit
                 * @instance
                 */
                Commit.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Commit seq.
                 * @member {number} seq
                 * @memberof nrn.checkpoint.v1.Commit
                 * @instance
                 */
                Commit.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Commit deposit.
                 * @member {string} deposit
                 * @memberof nrn.checkpoint.v1.Commit
                 * @instance
                 */
                Commit.prototype.deposit = "";

                /**
                 * Commit revealed_cid.
                 * @member {string} revealed_cid
                 * @memberof nrn.checkpoint.v1.Commit
                 * @instance
                 */
                Commit.prototype.revealed_cid = "";

                /**
                 * Creates a new Commit instance using the specified properties.
                 * @function create
                 * @memberof nrn.checkpoint.v1.Commit
                 * @static
                 * @param {nrn.checkpoint.v1.ICommit=} [properties] Properties to set
                 * @returns {nrn.checkpoint.v1.Commit} Commit instance
                 */
                Commit.create = function create(properties) {
                    return new Commit(properties);
                };

                /**
                 * Encodes the specified Commit message. Does not implicitly {@link nrn.checkpoint.v1.Commit.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.checkpoint.v1.Commit
                 * @static
                 * @param {nrn.checkpoint.v1.ICommit} message Commit message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Commit.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.trainer != null && Object.hasOwnProperty.call(message, "trainer"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.trainer);
                    if (message.group_id != null && Object.hasOwnProperty.call(message, "group_id"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.group_id);
                    if (message.round != null && Object.hasOwnProperty.call(message, "round"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.round);
                    if (message.commitment != null && Object.hasOwnProperty.call(message, "commitment"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.commitment);
                    if (message.height != null && Object.hasOwnProperty.call(message, "height"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.height);
                    if (message.seq != null && Object.hasOwnProperty.call(message, "seq"))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.seq);
                    if (message.deposit != null && Object.hasOwnProperty.call(message, "deposit"))
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.deposit);
                    if (message.revealed_cid != null && Object.hasOwnProperty.call(message, "revealed_cid"))
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.revealed_cid);
                    return writer;
                };

                /**
                 * Decodes a Commit message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.checkpoint.v1.Commit
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.checkpoint.v1.Commit} Commit
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Commit.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.checkpoint.v1.Commit();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.trainer = reader.string();
                                break;
                            }
                        case 2: {
                                message.group_id = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.round = reader.uint64();
                                break;
                            }
                        case 4: {
                                message.commitment = reader.string();
                                break;
                            }
                        case 5: {
                                message.height = reader.uint64();
                                break;
                            }
                        case 6: {
                                message.seq = reader.uint64();
                                break;
                            }
                        case 7: {
                                message.deposit = reader.string();
                                break;
                            }
                        case 8: {
                                message.revealed_cid = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for Commit
                 * @function getTypeUrl
                 * @memberof nrn.checkpoint.v1.Commit
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Commit.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.checkpoint.v1.Commit";
                };

                return Commit;
            })();

            v1.Checkpoint = (function() {

                /**
                 * Properties of a Checkpoint.
                 * @memberof nrn.checkpoint.v1
                 * @interface ICheckpoint
                 * @property {string|null} [cid] Checkpoint cid
                 * @property {number|null} [group_id] Checkpoint group_id
                 * @property {number|null} [round] Checkpoint round
                 * @property {string|null} [trainer] Checkpoint trainer
                 * @property {string|null} [commitment] Checkpoint commitment
                 * @property {number|null} [commit_height] Checkpoint commit_height
                 * @property {number|null} [commit_seq] Checkpoint commit_seq
                 * @property {number|null} [reveal_height] Checkpoint reveal_height
                 * @property {string|null} [claimed_loss_micro] Checkpoint claimed_loss_micro
                 * @property {string|null} [training_set_version] Checkpoint training_set_version
                 * @property {string|null} [parent_cid] Checkpoint parent_cid
                 * @property {string|null} [deposit] Checkpoint deposit
                 * @property {string|null} [seed_block_hash] Checkpoint seed_block_hash
                 * @property {number|null} [seed_height] Checkpoint seed_height
                 * @property {string|null} [status] Checkpoint status
                 * @property {string|null} [median_loss_micro] Checkpoint median_loss_micro
                 * @property {string|null} [reported_power] Checkpoint reported_power
                 * @property {string|null} [total_power] Checkpoint total_power
                 */

                /**
                 * Constructs a new Checkpoint.
                 * @memberof nrn.checkpoint.v1
                 * @classdesc Represents a Checkpoint.
                 * @implements ICheckpoint
                 * @constructor
                 * @param {nrn.checkpoint.v1.ICheckpoint=} [properties] Properties to set
                 */
                function Checkpoint(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Checkpoint cid.
                 * @member {string} cid
                 * @memberof nrn.checkpoint.v1.Checkpoint
                 * @instance
                 */
                Checkpoint.prototype.cid = "";

                /**
                 * Checkpoint group_id.
                 * @member {number} group_id
                 * @memberof nrn.checkpoint.v1.Checkpoint
                 * @instance
                 */
                Checkpoint.prototype.group_id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Checkpoint round.
                 * @member {number} round
                 * @memberof nrn.checkpoint.v1.Checkpoint
                 * @instance
                 */
                Checkpoint.prototype.round = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Checkpoint trainer.
                 * @member {string} trainer
                 * @memberof nrn.checkpoint.v1.Checkpoint
                 * @instance
                 */
                Checkpoint.prototype.trainer = "";

                /**
                 * Checkpoint commitment.
                 * @member {string} commitment
                 * @memberof nrn.checkpoint.v1.Checkpoint
                 * @instance
                 */
                Checkpoint.prototype.commitment = "";

                /**
                 * Checkpoint commit_height.
                 * @member {number} commit_height
                 * @memberof nrn.checkpoint.v1.Checkpoint
                 * @instance
                 */
                Checkpoint.prototype.commit_height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Checkpoint commit_seq.
                 * @member {number} commit_seq
                 * @memberof nrn.checkpoint.v1.Checkpoint
                 * @instance
                 */
                Checkpoint.prototype.commit_seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Checkpoint reveal_height.
                 * @member {number} reveal_height
                 * @memberof nrn.checkpoint.v1.Checkpoint
                 * @instance
                 */
                Checkpoint.prototype.reveal_height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Checkpoint claimed_loss_micro.
                 * @member {string} claimed_loss_micro
                 * @memberof nrn.checkpoint.v1.Checkpoint
                 * @instance
                 */
                Checkpoint.prototype.claimed_loss_micro = "";

                /**
                 * Checkpoint training_set_version.
                 * @member {string} training_set_version
                 * @memberof nrn.checkpoint.v1.Checkpoint
                 * @instance
                 */
                Checkpoint.prototype.training_set_version = "";

                /**
                 * Checkpoint parent_cid.
                 * @member {string} parent_cid
                 * @memberof nrn.checkpoint.v1.Checkpoint
                 * @instance
                 */
                Checkpoint.prototype.parent_cid = "";

                /**
                 * Checkpoint deposit.
                 * @member {string} deposit
                 * @memberof nrn.checkpoint.v1.Checkpoint
                 * @instance
                 */
                Checkpoint.prototype.deposit = "";

                /**
                 * Checkpoint seed_block_hash.
                 * @member {string} seed_block_hash
                 * @memberof nrn.checkpoint.v1.Checkpoint
                 * @instance
                 */
                Checkpoint.prototype.seed_block_hash = "";

                /**
                 * Checkpoint seed_height.
                 * @member {number} seed_height
                 * @memberof nrn.checkpoint.v1.Checkpoint
                 * @instance
                 */
                Checkpoint.prototype.seed_height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Checkpoint status.
                 * @member {string} status
                 * @memberof nrn.checkpoint.v1.Checkpoint
                 * @instance
                 */
                Checkpoint.prototype.status = "";

                /**
                 * Checkpoint median_loss_micro.
                 * @member {string} median_loss_micro
                 * @memberof nrn.checkpoint.v1.Checkpoint
                 * @instance
                 */
                Checkpoint.prototype.median_loss_micro = "";

                /**
                 * Checkpoint reported_power.
                 * @member {string} reported_power
                 * @memberof nrn.checkpoint.v1.Checkpoint
                 * @instance
                 */
                Checkpoint.prototype.reported_power = "";

                /**
                 * Checkpoint total_power.
                 * @member {string} total_power
                 * @memberof nrn.checkpoint.v1.Checkpoint
                 * @instance
                 */
                Checkpoint.prototype.total_power = "";

                /**
                 * Creates a new Checkpoint instance using the specified properties.
                 * @function create
                 * @memberof nrn.checkpoint.v1.Checkpoint
                 * @static
                 * @param {nrn.checkpoint.v1.ICheckpoint=} [properties] Properties to set
                 * @returns {nrn.checkpoint.v1.Checkpoint} Checkpoint instance
                 */
                Checkpoint.create = function create(properties) {
                    return new Checkpoint(properties);
                };

                /**
                 * Encodes the specified Checkpoint message. Does not implicitly {@link nrn.checkpoint.v1.Checkpoint.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.checkpoint.v1.Checkpoint
                 * @static
                 * @param {nrn.checkpoint.v1.ICheckpoint} message Checkpoint message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Checkpoint.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.cid != null && Object.hasOwnProperty.call(message, "cid"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.cid);
                    if (message.group_id != null && Object.hasOwnProperty.call(message, "group_id"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.group_id);
                    if (message.round != null && Object.hasOwnProperty.call(message, "round"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.round);
                    if (message.trainer != null && Object.hasOwnProperty.call(message, "trainer"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.trainer);
                    if (message.commitment != null && Object.hasOwnProperty.call(message, "commitment"))
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.commitment);
                    if (message.commit_height != null && Object.hasOwnProperty.call(message, "commit_height"))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.commit_height);
                    if (message.commit_seq != null && Object.hasOwnProperty.call(message, "commit_seq"))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.commit_seq);
                    if (message.reveal_height != null && Object.hasOwnProperty.call(message, "reveal_height"))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.reveal_height);
                    if (message.claimed_loss_micro != null && Object.hasOwnProperty.call(message, "claimed_loss_micro"))
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.claimed_loss_micro);
                    if (message.training_set_version != null && Object.hasOwnProperty.call(message, "training_set_version"))
                        writer.uint32(/* id 10, wireType 2 =*/82).string(message.training_set_version);
                    if (message.parent_cid != null && Object.hasOwnProperty.call(message, "parent_cid"))
                        writer.uint32(/* id 11, wireType 2 =*/90).string(message.parent_cid);
                    if (message.deposit != null && Object.hasOwnProperty.call(message, "deposit"))
                        writer.uint32(/* id 12, wireType 2 =*/98).string(message.deposit);
                    if (message.seed_block_hash != null && Object.hasOwnProperty.call(message, "seed_block_hash"))
                        writer.uint32(/* id 13, wireType 2 =*/106).string(message.seed_block_hash);
                    if (message.seed_height != null && Object.hasOwnProperty.call(message, "seed_height"))
                        writer.uint32(/* id 14, wireType 0 =*/112).uint64(message.seed_height);
                    if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                        writer.uint32(/* id 15, wireType 2 =*/122).string(message.status);
                    if (message.median_loss_micro != null && Object.hasOwnProperty.call(message, "median_loss_micro"))
                        writer.uint32(/* id 16, wireType 2 =*/130).string(message.median_loss_micro);
                    if (message.reported_power != null && Object.hasOwnProperty.call(message, "reported_power"))
                        writer.uint32(/* id 17, wireType 2 =*/138).string(message.reported_power);
                    if (message.total_power != null && Object.hasOwnProperty.call(message, "total_power"))
                        writer.uint32(/* id 18, wireType 2 =*/146).string(message.total_power);
                    return writer;
                };

                /**
                 * Decodes a Checkpoint message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.checkpoint.v1.Checkpoint
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.checkpoint.v1.Checkpoint} Checkpoint
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Checkpoint.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.checkpoint.v1.Checkpoint();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.cid = reader.string();
                                break;
                            }
                        case 2: {
                                message.group_id = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.round = reader.uint64();
                                break;
                            }
                        case 4: {
                                message.trainer = reader.string();
                                break;
                            }
                        case 5: {
                                message.commitment = reader.string();
                                break;
                            }
                        case 6: {
                                message.commit_height = reader.uint64();
                                break;
                            }
                        case 7: {
                                message.commit_seq = reader.uint64();
                                break;
                            }
                        case 8: {
                                message.reveal_height = reader.uint64();
                                break;
                            }
                        case 9: {
                                message.claimed_loss_micro = reader.string();
                                break;
                            }
                        case 10: {
                                message.training_set_version = reader.string();
                                break;
                            }
                        case 11: {
                                message.parent_cid = reader.string();
                                break;
                            }
                        case 12: {
                                message.deposit = reader.string();
                                break;
                            }
                        case 13: {
                                message.seed_block_hash = reader.string();
                                break;
                            }
                        case 14: {
                                message.seed_height = reader.uint64();
                                break;
                            }
                        case 15: {
                                message.status = reader.string();
                                break;
                            }
                        case 16: {
                                message.median_loss_micro = reader.string();
                                break;
                            }
                        case 17: {
                                message.reported_power = reader.string();
                                break;
                            }
                        case 18: {
                                message.total_power = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for Checkpoint
                 * @function getTypeUrl
                 * @memberof nrn.checkpoint.v1.Checkpoint
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Checkpoint.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.checkpoint.v1.Checkpoint";
                };

                return Checkpoint;
            })();

            v1.LossReport = (function() {

                /**
                 * Properties of a LossReport.
                 * @memberof nrn.checkpoint.v1
                 * @interface ILossReport
                 * @property {string|null} [cid] LossReport cid
                 * @property {string|null} [validator] LossReport validator
                 * @property {string|null} [loss_micro] LossReport loss_micro
                 * @property {number|null} [height] LossReport height
                 */

                /**
                 * Constructs a new LossReport.
                 * @memberof nrn.checkpoint.v1
                 * @classdesc Represents a LossReport.
                 * @implements ILossReport
                 * @constructor
                 * @param {nrn.checkpoint.v1.ILossReport=} [properties] Properties to set
                 */
                function LossReport(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * LossReport cid.
                 * @member {string} cid
                 * @memberof nrn.checkpoint.v1.LossReport
                 * @instance
                 */
                LossReport.prototype.cid = "";

                /**
                 * LossReport validator.
                 * @member {string} validator
                 * @memberof nrn.checkpoint.v1.LossReport
                 * @instance
                 */
                LossReport.prototype.validator = "";

                /**
                 * LossReport loss_micro.
                 * @member {string} loss_micro
                 * @memberof nrn.checkpoint.v1.LossReport
                 * @instance
                 */
                LossReport.prototype.loss_micro = "";

                /**
                 * LossReport height.
                 * @member {number} height
                 * @memberof nrn.checkpoint.v1.LossReport
                 * @instance
                 */
                LossReport.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new LossReport instance using the specified properties.
                 * @function create
                 * @memberof nrn.checkpoint.v1.LossReport
                 * @static
                 * @param {nrn.checkpoint.v1.ILossReport=} [properties] Properties to set
                 * @returns {nrn.checkpoint.v1.LossReport} LossReport instance
                 */
                LossReport.create = function create(properties) {
                    return new LossReport(properties);
                };

                /**
                 * Encodes the specified LossReport message. Does not implicitly {@link nrn.checkpoint.v1.LossReport.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.checkpoint.v1.LossReport
                 * @static
                 * @param {nrn.checkpoint.v1.ILossReport} message LossReport message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                LossReport.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.cid != null && Object.hasOwnProperty.call(message, "cid"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.cid);
                    if (message.validator != null && Object.hasOwnProperty.call(message, "validator"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.validator);
                    if (message.loss_micro != null && Object.hasOwnProperty.call(message, "loss_micro"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.loss_micro);
                    if (message.height != null && Object.hasOwnProperty.call(message, "height"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.height);
                    return writer;
                };

                /**
                 * Decodes a LossReport message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.checkpoint.v1.LossReport
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.checkpoint.v1.LossReport} LossReport
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                LossReport.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.checkpoint.v1.LossReport();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.cid = reader.string();
                                break;
                            }
                        case 2: {
                                message.validator = reader.string();
                                break;
                            }
                        case 3: {
                                message.loss_micro = reader.string();
                                break;
                            }
                        case 4: {
                                message.height = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for LossReport
                 * @function getTypeUrl
                 * @memberof nrn.checkpoint.v1.LossReport
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                LossReport.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.checkpoint.v1.LossReport";
                };

                return LossReport;
            })();

            v1.Round = (function() {

                /**
                 * Properties of a Round.
                 * @memberof nrn.checkpoint.v1
                 * @interface IRound
                 * @property {number|null} [group_id] Round group_id
                 * @property {number|null} [round] Round round
                 * @property {number|null} [start_ms] Round start_ms
                 * @property {number|null} [end_ms] Round end_ms
                 * @property {boolean|null} [settled] Round settled
                 * @property {string|null} [winner_cid] Round winner_cid
                 * @property {string|null} [reward] Round reward
                 */

                /**
                 * Constructs a new Round.
                 * @memberof nrn.checkpoint.v1
                 * @classdesc Represents a Round.
                 * @implements IRound
                 * @constructor
                 * @param {nrn.checkpoint.v1.IRound=} [properties] Properties to set
                 */
                function Round(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Round group_id.
                 * @member {number} group_id
                 * @memberof nrn.checkpoint.v1.Round
                 * @instance
                 */
                Round.prototype.group_id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Round round.
                 * @member {number} round
                 * @memberof nrn.checkpoint.v1.Round
                 * @instance
                 */
                Round.prototype.round = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Round start_ms.
                 * @member {number} start_ms
                 * @memberof nrn.checkpoint.v1.Round
                 * @instance
                 */
                Round.prototype.start_ms = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Round end_ms.
                 * @member {number} end_ms
                 * @memberof nrn.checkpoint.v1.Round
                 * @instance
                 */
                Round.prototype.end_ms = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Round settled.
                 * @member {boolean} settled
                 * @memberof nrn.checkpoint.v1.Round
                 * @instance
                 */
                Round.prototype.settled = false;

                /**
                 * Round winner_cid.
                 * @member {string} winner_cid
                 * @memberof nrn.checkpoint.v1.Round
                 * @instance
                 */
                Round.prototype.winner_cid = "";

                /**
                 * Round reward.
                 * @member {string} reward
                 * @memberof nrn.checkpoint.v1.Round
                 * @instance
                 */
                Round.prototype.reward = "";

                /**
                 * Creates a new Round instance using the specified properties.
                 * @function create
                 * @memberof nrn.checkpoint.v1.Round
                 * @static
                 * @param {nrn.checkpoint.v1.IRound=} [properties] Properties to set
                 * @returns {nrn.checkpoint.v1.Round} Round instance
                 */
                Round.create = function create(properties) {
                    return new Round(properties);
                };

                /**
                 * Encodes the specified Round message. Does not implicitly {@link nrn.checkpoint.v1.Round.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.checkpoint.v1.Round
                 * @static
                 * @param {nrn.checkpoint.v1.IRound} message Round message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Round.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.group_id != null && Object.hasOwnProperty.call(message, "group_id"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.group_id);
                    if (message.round != null && Object.hasOwnProperty.call(message, "round"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.round);
                    if (message.start_ms != null && Object.hasOwnProperty.call(message, "start_ms"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.start_ms);
                    if (message.end_ms != null && Object.hasOwnProperty.call(message, "end_ms"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.end_ms);
                    if (message.settled != null && Object.hasOwnProperty.call(message, "settled"))
                        writer.uint32(/* id 5, wireType 0 =*/40).bool(message.settled);
                    if (message.winner_cid != null && Object.hasOwnProperty.call(message, "winner_cid"))
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.winner_cid);
                    if (message.reward != null && Object.hasOwnProperty.call(message, "reward"))
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.reward);
                    return writer;
                };

                /**
                 * Decodes a Round message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.checkpoint.v1.Round
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.checkpoint.v1.Round} Round
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Round.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.checkpoint.v1.Round();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.group_id = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.round = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.start_ms = reader.uint64();
                                break;
                            }
                        case 4: {
                                message.end_ms = reader.uint64();
                                break;
                            }
                        case 5: {
                                message.settled = reader.bool();
                                break;
                            }
                        case 6: {
                                message.winner_cid = reader.string();
                                break;
                            }
                        case 7: {
                                message.reward = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for Round
                 * @function getTypeUrl
                 * @memberof nrn.checkpoint.v1.Round
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Round.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.checkpoint.v1.Round";
                };

                return Round;
            })();

            v1.BestCheckpoint = (function() {

                /**
                 * Properties of a BestCheckpoint.
                 * @memberof nrn.checkpoint.v1
                 * @interface IBestCheckpoint
                 * @property {number|null} [group_id] BestCheckpoint group_id
                 * @property {string|null} [cid] BestCheckpoint cid
                 * @property {string|null} [loss_micro] BestCheckpoint loss_micro
                 * @property {string|null} [trainer] BestCheckpoint trainer
                 * @property {number|null} [round] BestCheckpoint round
                 * @property {number|null} [height] BestCheckpoint height
                 * @property {string|null} [training_set_version] BestCheckpoint training_set_version
                 * @property {string|null} [reward] BestCheckpoint reward
                 * @property {string|null} [parent_cid] BestCheckpoint parent_cid
                 */

                /**
                 * Constructs a new BestCheckpoint.
                 * @memberof nrn.checkpoint.v1
                 * @classdesc Represents a BestCheckpoint.
                 * @implements IBestCheckpoint
                 * @constructor
                 * @param {nrn.checkpoint.v1.IBestCheckpoint=} [properties] Properties to set
                 */
                function BestCheckpoint(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * BestCheckpoint group_id.
                 * @member {number} group_id
                 * @memberof nrn.checkpoint.v1.BestCheckpoint
                 * @instance
                 */
                BestCheckpoint.prototype.group_id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * BestCheckpoint cid.
                 * @member {string} cid
                 * @memberof nrn.checkpoint.v1.BestCheckpoint
                 * @instance
                 */
                BestCheckpoint.prototype.cid = "";

                /**
                 * BestCheckpoint loss_micro.
                 * @member {string} loss_micro
                 * @memberof nrn.checkpoint.v1.BestCheckpoint
                 * @instance
                 */
                BestCheckpoint.prototype.loss_micro = "";

                /**
                 * BestCheckpoint trainer.
                 * @member {string} trainer
                 * @memberof nrn.checkpoint.v1.BestCheckpoint
                 * @instance
                 */
                BestCheckpoint.prototype.trainer = "";

                /**
                 * BestCheckpoint round.
                 * @member {number} round
                 * @memberof nrn.checkpoint.v1.BestCheckpoint
                 * @instance
                 */
                BestCheckpoint.prototype.round = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * BestCheckpoint height.
                 * @member {number} height
                 * @memberof nrn.checkpoint.v1.BestCheckpoint
                 * @instance
                 */
                BestCheckpoint.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * BestCheckpoint training_set_version.
                 * @member {string} training_set_version
                 * @memberof nrn.checkpoint.v1.BestCheckpoint
                 * @instance
                 */
                BestCheckpoint.prototype.training_set_version = "";

                /**
                 * BestCheckpoint reward.
                 * @member {string} reward
                 * @memberof nrn.checkpoint.v1.BestCheckpoint
                 * @instance
                 */
                BestCheckpoint.prototype.reward = "";

                /**
                 * BestCheckpoint parent_cid.
                 * @member {string} parent_cid
                 * @memberof nrn.checkpoint.v1.BestCheckpoint
                 * @instance
                 */
                BestCheckpoint.prototype.parent_cid = "";

                /**
                 * Creates a new BestCheckpoint instance using the specified properties.
                 * @function create
                 * @memberof nrn.checkpoint.v1.BestCheckpoint
                 * @static
                 * @param {nrn.checkpoint.v1.IBestCheckpoint=} [properties] Properties to set
                 * @returns {nrn.checkpoint.v1.BestCheckpoint} BestCheckpoint instance
                 */
                BestCheckpoint.create = function create(properties) {
                    return new BestCheckpoint(properties);
                };

                /**
                 * Encodes the specified BestCheckpoint message. Does not implicitly {@link nrn.checkpoint.v1.BestCheckpoint.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.checkpoint.v1.BestCheckpoint
                 * @static
                 * @param {nrn.checkpoint.v1.IBestCheckpoint} message BestCheckpoint message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                BestCheckpoint.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.group_id != null && Object.hasOwnProperty.call(message, "group_id"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.group_id);
                    if (message.cid != null && Object.hasOwnProperty.call(message, "cid"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.cid);
                    if (message.loss_micro != null && Object.hasOwnProperty.call(message, "loss_micro"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.loss_micro);
                    if (message.trainer != null && Object.hasOwnProperty.call(message, "trainer"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.trainer);
                    if (message.round != null && Object.hasOwnProperty.call(message, "round"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.round);
                    if (message.height != null && Object.hasOwnProperty.call(message, "height"))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.height);
                    if (message.training_set_version != null && Object.hasOwnProperty.call(message, "training_set_version"))
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.training_set_version);
                    if (message.reward != null && Object.hasOwnProperty.call(message, "reward"))
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.reward);
                    if (message.parent_cid != null && Object.hasOwnProperty.call(message, "parent_cid"))
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.parent_cid);
                    return writer;
                };

                /**
                 * Decodes a BestCheckpoint message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.checkpoint.v1.BestCheckpoint
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.checkpoint.v1.BestCheckpoint} BestCheckpoint
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                BestCheckpoint.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.checkpoint.v1.BestCheckpoint();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.group_id = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.cid = reader.string();
                                break;
                            }
                        case 3: {
                                message.loss_micro = reader.string();
                                break;
                            }
                        case 4: {
                                message.trainer = reader.string();
                                break;
                            }
                        case 5: {
                                message.round = reader.uint64();
                                break;
                            }
                        case 6: {
                                message.height = reader.uint64();
                                break;
                            }
                        case 7: {
                                message.training_set_version = reader.string();
                                break;
                            }
                        case 8: {
                                message.reward = reader.string();
                                break;
                            }
                        case 9: {
                                message.parent_cid = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for BestCheckpoint
                 * @function getTypeUrl
                 * @memberof nrn.checkpoint.v1.BestCheckpoint
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                BestCheckpoint.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.checkpoint.v1.BestCheckpoint";
                };

                return BestCheckpoint;
            })();

            v1.QueryParamsRequest = (function() {

                /**
                 * Properties of a QueryParamsRequest.
                 * @memberof nrn.checkpoint.v1
                 * @interface IQueryParamsRequest
                 */

                /**
                 * Constructs a new QueryParamsRequest.
                 * @memberof nrn.checkpoint.v1
                 * @classdesc Represents a QueryParamsRequest.
                 * @implements IQueryParamsRequest
                 * @constructor
                 * @param {nrn.checkpoint.v1.IQueryParamsRequest=} [properties] Properties to set
                 */
                function QueryParamsRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new QueryParamsRequest instance using the specified properties.
                 * @function create
                 * @memberof nrn.checkpoint.v1.QueryParamsRequest
                 * @static
                 * @param {nrn.checkpoint.v1.IQueryParamsRequest=} [properties] Properties to set
                 * @returns {nrn.checkpoint.v1.QueryParamsRequest} QueryParamsRequest instance
                 */
                QueryParamsRequest.create = function create(properties) {
                    return new QueryParamsRequest(properties);
                };

                /**
                 * Encodes the specified QueryParamsRequest message. Does not implicitly {@link nrn.checkpoint.v1.QueryParamsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.checkpoint.v1.QueryParamsRequest
                 * @static
                 * @param {nrn.checkpoint.v1.IQueryParamsRequest} message QueryParamsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryParamsRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a QueryParamsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.checkpoint.v1.QueryParamsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.checkpoint.v1.QueryParamsRequest} QueryParamsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryParamsRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.checkpoint.v1.QueryParamsRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryParamsRequest
                 * @function getTypeUrl
                 * @memberof nrn.checkpoint.v1.QueryParamsRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryParamsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.checkpoint.v1.QueryParamsRequest";
                };

                return QueryParamsRequest;
            })();

            v1.QueryParamsResponse = (function() {

                /**
                 * Properties of a QueryParamsResponse.
                 * @memberof nrn.checkpoint.v1
                 * @interface IQueryParamsResponse
                 * @property {nrn.checkpoint.v1.IParams|null} [params] QueryParamsResponse params
                 */

                /**
                 * Constructs a new QueryParamsResponse.
                 * @memberof nrn.checkpoint.v1
                 * @classdesc Represents a QueryParamsResponse.
                 * @implements IQueryParamsResponse
                 * @constructor
                 * @param {nrn.checkpoint.v1.IQueryParamsResponse=} [properties] Properties to set
                 */
                function QueryParamsResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryParamsResponse params.
                 * @member {nrn.checkpoint.v1.IParams|null|undefined} params
                 * @memberof nrn.checkpoint.v1.QueryParamsResponse
                 * @instance
                 */
                QueryParamsResponse.prototype.params = null;

                /**
                 * Creates a new QueryParamsResponse instance using the specified properties.
                 * @function create
                 * @memberof nrn.checkpoint.v1.QueryParamsResponse
                 * @static
                 * @param {nrn.checkpoint.v1.IQueryParamsResponse=} [properties] Properties to set
                 * @returns {nrn.checkpoint.v1.QueryParamsResponse} QueryParamsResponse instance
                 */
                QueryParamsResponse.create = function create(properties) {
                    return new QueryParamsResponse(properties);
                };

                /**
                 * Encodes the specified QueryParamsResponse message. Does not implicitly {@link nrn.checkpoint.v1.QueryParamsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.checkpoint.v1.QueryParamsResponse
                 * @static
                 * @param {nrn.checkpoint.v1.IQueryParamsResponse} message QueryParamsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryParamsResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.params != null && Object.hasOwnProperty.call(message, "params"))
                        $root.nrn.checkpoint.v1.Params.encode(message.params, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryParamsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.checkpoint.v1.QueryParamsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.checkpoint.v1.QueryParamsResponse} QueryParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryParamsResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.checkpoint.v1.QueryParamsResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.params = $root.nrn.checkpoint.v1.Params.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryParamsResponse
                 * @function getTypeUrl
                 * @memberof nrn.checkpoint.v1.QueryParamsResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryParamsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.checkpoint.v1.QueryParamsResponse";
                };

                return QueryParamsResponse;
            })();

            v1.QueryBestRequest = (function() {

                /**
                 * Properties of a QueryBestRequest.
                 * @memberof nrn.checkpoint.v1
                 * @interface IQueryBestRequest
                 * @property {number|null} [group_id] QueryBestRequest group_id
                 */

                /**
                 * Constructs a new QueryBestRequest.
                 * @memberof nrn.checkpoint.v1
                 * @classdesc Represents a QueryBestRequest.
                 * @implements IQueryBestRequest
                 * @constructor
                 * @param {nrn.checkpoint.v1.IQueryBestRequest=} [properties] Properties to set
                 */
                function QueryBestRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryBestRequest group_id.
                 * @member {number} group_id
                 * @memberof nrn.checkpoint.v1.QueryBestRequest
                 * @instance
                 */
                QueryBestRequest.prototype.group_id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new QueryBestRequest instance using the specified properties.
                 * @function create
                 * @memberof nrn.checkpoint.v1.QueryBestRequest
                 * @static
                 * @param {nrn.checkpoint.v1.IQueryBestRequest=} [properties] Properties to set
                 * @returns {nrn.checkpoint.v1.QueryBestRequest} QueryBestRequest instance
                 */
                QueryBestRequest.create = function create(properties) {
                    return new QueryBestRequest(properties);
                };

                /**
                 * Encodes the specified QueryBestRequest message. Does not implicitly {@link nrn.checkpoint.v1.QueryBestRequest.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.checkpoint.v1.QueryBestRequest
                 * @static
                 * @param {nrn.checkpoint.v1.IQueryBestRequest} message QueryBestRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryBestRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.group_id != null && Object.hasOwnProperty.call(message, "group_id"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.group_id);
                    return writer;
                };

                /**
                 * Decodes a QueryBestRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.checkpoint.v1.QueryBestRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.checkpoint.v1.QueryBestRequest} QueryBestRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryBestRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.checkpoint.v1.QueryBestRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.group_id = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryBestRequest
                 * @function getTypeUrl
                 * @memberof nrn.checkpoint.v1.QueryBestRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryBestRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.checkpoint.v1.QueryBestRequest";
                };

                return QueryBestRequest;
            })();

            v1.QueryBestResponse = (function() {

                /**
                 * Properties of a QueryBestResponse.
                 * @memberof nrn.checkpoint.v1
                 * @interface IQueryBestResponse
                 * @property {nrn.checkpoint.v1.IBestCheckpoint|null} [best] QueryBestResponse best
                 * @property {boolean|null} [found] QueryBestResponse found
                 */

                /**
                 * Constructs a new QueryBestResponse.
                 * @memberof nrn.checkpoint.v1
                 * @classdesc Represents a QueryBestResponse.
                 * @implements IQueryBestResponse
                 * @constructor
                 * @param {nrn.checkpoint.v1.IQueryBestResponse=} [properties] Properties to set
                 */
                function QueryBestResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryBestResponse best.
                 * @member {nrn.checkpoint.v1.IBestCheckpoint|null|undefined} best
                 * @memberof nrn.checkpoint.v1.QueryBestResponse
                 * @instance
                 */
                QueryBestResponse.prototype.best = null;

                /**
                 * QueryBestResponse found.
                 * @member {boolean} found
                 * @memberof nrn.checkpoint.v1.QueryBestResponse
                 * @instance
                 */
                QueryBestResponse.prototype.found = false;

                /**
                 * Creates a new QueryBestResponse instance using the specified properties.
                 * @function create
                 * @memberof nrn.checkpoint.v1.QueryBestResponse
                 * @static
                 * @param {nrn.checkpoint.v1.IQueryBestResponse=} [properties] Properties to set
                 * @returns {nrn.checkpoint.v1.QueryBestResponse} QueryBestResponse instance
                 */
                QueryBestResponse.create = function create(properties) {
                    return new QueryBestResponse(properties);
                };

                /**
                 * Encodes the specified QueryBestResponse message. Does not implicitly {@link nrn.checkpoint.v1.QueryBestResponse.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.checkpoint.v1.QueryBestResponse
                 * @static
                 * @param {nrn.checkpoint.v1.IQueryBestResponse} message QueryBestResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryBestResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.best != null && Object.hasOwnProperty.call(message, "best"))
                        $root.nrn.checkpoint.v1.BestCheckpoint.encode(message.best, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (message.found != null && Object.hasOwnProperty.call(message, "found"))
                        writer.uint32(/* id 2, wireType 0 =*/16).bool(message.found);
                    return writer;
                };

                /**
                 * Decodes a QueryBestResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.checkpoint.v1.QueryBestResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.checkpoint.v1.QueryBestResponse} QueryBestResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryBestResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.checkpoint.v1.QueryBestResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.best = $root.nrn.checkpoint.v1.BestCheckpoint.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 2: {
                                message.found = reader.bool();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryBestResponse
                 * @function getTypeUrl
                 * @memberof nrn.checkpoint.v1.QueryBestResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryBestResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.checkpoint.v1.QueryBestResponse";
                };

                return QueryBestResponse;
            })();

            v1.QueryHistoryRequest = (function() {

                /**
                 * Properties of a QueryHistoryRequest.
                 * @memberof nrn.checkpoint.v1
                 * @interface IQueryHistoryRequest
                 * @property {number|null} [group_id] QueryHistoryRequest group_id
                 */

                /**
                 * Constructs a new QueryHistoryRequest.
                 * @memberof nrn.checkpoint.v1
                 * @classdesc Represents a QueryHistoryRequest.
                 * @implements IQueryHistoryRequest
                 * @constructor
                 * @param {nrn.checkpoint.v1.IQueryHistoryRequest=} [properties] Properties to set
                 */
                function QueryHistoryRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryHistoryRequest group_id.
                 * @member {number} group_id
                 * @memberof nrn.checkpoint.v1.QueryHistoryRequest
                 * @instance
                 */
                QueryHistoryRequest.prototype.group_id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new QueryHistoryRequest instance using the specified properties.
                 * @function create
                 * @memberof nrn.checkpoint.v1.QueryHistoryRequest
                 * @static
                 * @param {nrn.checkpoint.v1.IQueryHistoryRequest=} [properties] Properties to set
                 * @returns {nrn.checkpoint.v1.QueryHistoryRequest} QueryHistoryRequest instance
                 */
                QueryHistoryRequest.create = function create(properties) {
                    return new QueryHistoryRequest(properties);
                };

                /**
                 * Encodes the specified QueryHistoryRequest message. Does not implicitly {@link nrn.checkpoint.v1.QueryHistoryRequest.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.checkpoint.v1.QueryHistoryRequest
                 * @static
                 * @param {nrn.checkpoint.v1.IQueryHistoryRequest} message QueryHistoryRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryHistoryRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.group_id != null && Object.hasOwnProperty.call(message, "group_id"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.group_id);
                    return writer;
                };

                /**
                 * Decodes a QueryHistoryRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.checkpoint.v1.QueryHistoryRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.checkpoint.v1.QueryHistoryRequest} QueryHistoryRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryHistoryRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.checkpoint.v1.QueryHistoryRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.group_id = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryHistoryRequest
                 * @function getTypeUrl
                 * @memberof nrn.checkpoint.v1.QueryHistoryRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryHistoryRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.checkpoint.v1.QueryHistoryRequest";
                };

                return QueryHistoryRequest;
            })();

            v1.QueryHistoryResponse = (function() {

                /**
                 * Properties of a QueryHistoryResponse.
                 * @memberof nrn.checkpoint.v1
                 * @interface IQueryHistoryResponse
                 * @property {Array.<nrn.checkpoint.v1.IBestCheckpoint>|null} [history] QueryHistoryResponse history
                 */

                /**
                 * Constructs a new QueryHistoryResponse.
                 * @memberof nrn.checkpoint.v1
                 * @classdesc Represents a QueryHistoryResponse.
                 * @implements IQueryHistoryResponse
                 * @constructor
                 * @param {nrn.checkpoint.v1.IQueryHistoryResponse=} [properties] Properties to set
                 */
                function QueryHistoryResponse(properties) {
                    this.history = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryHistoryResponse history.
                 * @member {Array.<nrn.checkpoint.v1.IBestCheckpoint>} history
                 * @memberof nrn.checkpoint.v1.QueryHistoryResponse
                 * @instance
                 */
                QueryHistoryResponse.prototype.history = $util.emptyArray;

                /**
                 * Creates a new QueryHistoryResponse instance using the specified properties.
                 * @function create
                 * @memberof nrn.checkpoint.v1.QueryHistoryResponse
                 * @static
                 * @param {nrn.checkpoint.v1.IQueryHistoryResponse=} [properties] Properties to set
                 * @returns {nrn.checkpoint.v1.QueryHistoryResponse} QueryHistoryResponse instance
                 */
                QueryHistoryResponse.create = function create(properties) {
                    return new QueryHistoryResponse(properties);
                };

                /**
                 * Encodes the specified QueryHistoryResponse message. Does not implicitly {@link nrn.checkpoint.v1.QueryHistoryResponse.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.checkpoint.v1.QueryHistoryResponse
                 * @static
                 * @param {nrn.checkpoint.v1.IQueryHistoryResponse} message QueryHistoryResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryHistoryResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.history != null && message.history.length)
                        for (let i = 0; i < message.history.length; ++i)
                            $root.nrn.checkpoint.v1.BestCheckpoint.encode(message.history[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryHistoryResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.checkpoint.v1.QueryHistoryResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.checkpoint.v1.QueryHistoryResponse} QueryHistoryResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryHistoryResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.checkpoint.v1.QueryHistoryResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                if (!(message.history && message.history.length))
                                    message.history = [];
                                message.history.push($root.nrn.checkpoint.v1.BestCheckpoint.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryHistoryResponse
                 * @function getTypeUrl
                 * @memberof nrn.checkpoint.v1.QueryHistoryResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryHistoryResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.checkpoint.v1.QueryHistoryResponse";
                };

                return QueryHistoryResponse;
            })();

            v1.CheckpointWithReports = (function() {

                /**
                 * Properties of a CheckpointWithReports.
                 * @memberof nrn.checkpoint.v1
                 * @interface ICheckpointWithReports
                 * @property {nrn.checkpoint.v1.ICheckpoint|null} [checkpoint] CheckpointWithReports checkpoint
                 * @property {Array.<nrn.checkpoint.v1.ILossReport>|null} [reports] CheckpointWithReports reports
                 */

                /**
                 * Constructs a new CheckpointWithReports.
                 * @memberof nrn.checkpoint.v1
                 * @classdesc Represents a CheckpointWithReports.
                 * @implements ICheckpointWithReports
                 * @constructor
                 * @param {nrn.checkpoint.v1.ICheckpointWithReports=} [properties] Properties to set
                 */
                function CheckpointWithReports(properties) {
                    this.reports = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * CheckpointWithReports checkpoint.
                 * @member {nrn.checkpoint.v1.ICheckpoint|null|undefined} checkpoint
                 * @memberof nrn.checkpoint.v1.CheckpointWithReports
                 * @instance
                 */
                CheckpointWithReports.prototype.checkpoint = null;

                /**
                 * CheckpointWithReports reports.
                 * @member {Array.<nrn.checkpoint.v1.ILossReport>} reports
                 * @memberof nrn.checkpoint.v1.CheckpointWithReports
                 * @instance
                 */
                CheckpointWithReports.prototype.reports = $util.emptyArray;

                /**
                 * Creates a new CheckpointWithReports instance using the specified properties.
                 * @function create
                 * @memberof nrn.checkpoint.v1.CheckpointWithReports
                 * @static
                 * @param {nrn.checkpoint.v1.ICheckpointWithReports=} [properties] Properties to set
                 * @returns {nrn.checkpoint.v1.CheckpointWithReports} CheckpointWithReports instance
                 */
                CheckpointWithReports.create = function create(properties) {
                    return new CheckpointWithReports(properties);
                };

                /**
                 * Encodes the specified CheckpointWithReports message. Does not implicitly {@link nrn.checkpoint.v1.CheckpointWithReports.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.checkpoint.v1.CheckpointWithReports
                 * @static
                 * @param {nrn.checkpoint.v1.ICheckpointWithReports} message CheckpointWithReports message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                CheckpointWithReports.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.checkpoint != null && Object.hasOwnProperty.call(message, "checkpoint"))
                        $root.nrn.checkpoint.v1.Checkpoint.encode(message.checkpoint, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (message.reports != null && message.reports.length)
                        for (let i = 0; i < message.reports.length; ++i)
                            $root.nrn.checkpoint.v1.LossReport.encode(message.reports[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a CheckpointWithReports message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.checkpoint.v1.CheckpointWithReports
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.checkpoint.v1.CheckpointWithReports} CheckpointWithReports
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                CheckpointWithReports.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.checkpoint.v1.CheckpointWithReports();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.checkpoint = $root.nrn.checkpoint.v1.Checkpoint.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 2: {
                                if (!(message.reports && message.reports.length))
                                    message.reports = [];
                                message.reports.push($root.nrn.checkpoint.v1.LossReport.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for CheckpointWithReports
                 * @function getTypeUrl
                 * @memberof nrn.checkpoint.v1.CheckpointWithReports
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                CheckpointWithReports.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.checkpoint.v1.CheckpointWithReports";
                };

                return CheckpointWithReports;
            })();

            v1.QueryRoundRequest = (function() {

                /**
                 * Properties of a QueryRoundRequest.
                 * @memberof nrn.checkpoint.v1
                 * @interface IQueryRoundRequest
                 * @property {number|null} [group_id] QueryRoundRequest group_id
                 * @property {number|null} [round] QueryRoundRequest round
                 */

                /**
                 * Constructs a new QueryRoundRequest.
                 * @memberof nrn.checkpoint.v1
                 * @classdesc Represents a QueryRoundRequest.
                 * @implements IQueryRoundRequest
                 * @constructor
                 * @param {nrn.checkpoint.v1.IQueryRoundRequest=} [properties] Properties to set
                 */
                function QueryRoundRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryRoundRequest group_id.
                 * @member {number} group_id
                 * @memberof nrn.checkpoint.v1.QueryRoundRequest
                 * @instance
                 */
                QueryRoundRequest.prototype.group_id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * QueryRoundRequest round.
                 * @member {number} round
                 * @memberof nrn.checkpoint.v1.QueryRoundRequest
                 * @instance
                 */
                QueryRoundRequest.prototype.round = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new QueryRoundRequest instance using the specified properties.
                 * @function create
                 * @memberof nrn.checkpoint.v1.QueryRoundRequest
                 * @static
                 * @param {nrn.checkpoint.v1.IQueryRoundRequest=} [properties] Properties to set
                 * @returns {nrn.checkpoint.v1.QueryRoundRequest} QueryRoundRequest instance
                 */
                QueryRoundRequest.create = function create(properties) {
                    return new QueryRoundRequest(properties);
                };

                /**
                 * Encodes the specified QueryRoundRequest message. Does not implicitly {@link nrn.checkpoint.v1.QueryRoundRequest.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.checkpoint.v1.QueryRoundRequest
                 * @static
                 * @param {nrn.checkpoint.v1.IQueryRoundRequest} message QueryRoundRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryRoundRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.group_id != null && Object.hasOwnProperty.call(message, "group_id"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.group_id);
                    if (message.round != null && Object.hasOwnProperty.call(message, "round"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.round);
                    return writer;
                };

                /**
                 * Decodes a QueryRoundRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.checkpoint.v1.QueryRoundRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.checkpoint.v1.QueryRoundRequest} QueryRoundRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryRoundRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.checkpoint.v1.QueryRoundRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.group_id = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.round = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryRoundRequest
                 * @function getTypeUrl
                 * @memberof nrn.checkpoint.v1.QueryRoundRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryRoundRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.checkpoint.v1.QueryRoundRequest";
                };

                return QueryRoundRequest;
            })();

            v1.QueryRoundResponse = (function() {

                /**
                 * Properties of a QueryRoundResponse.
                 * @memberof nrn.checkpoint.v1
                 * @interface IQueryRoundResponse
                 * @property {nrn.checkpoint.v1.IRound|null} [round] QueryRoundResponse round
                 * @property {Array.<nrn.checkpoint.v1.ICommit>|null} [commits] QueryRoundResponse commits
                 * @property {Array.<nrn.checkpoint.v1.ICheckpointWithReports>|null} [checkpoints] QueryRoundResponse checkpoints
                 * @property {boolean|null} [found] QueryRoundResponse found
                 */

                /**
                 * Constructs a new QueryRoundResponse.
                 * @memberof nrn.checkpoint.v1
                 * @classdesc Represents a QueryRoundResponse.
                 * @implements IQueryRoundResponse
                 * @constructor
                 * @param {nrn.checkpoint.v1.IQueryRoundResponse=} [properties] Properties to set
                 */
                function QueryRoundResponse(properties) {
                    this.commits = [];
                    this.checkpoints = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryRoundResponse round.
                 * @member {nrn.checkpoint.v1.IRound|null|undefined} round
                 * @memberof nrn.checkpoint.v1.QueryRoundResponse
                 * @instance
                 */
                QueryRoundResponse.prototype.round = null;

                /**
                 * QueryRoundResponse commits.
                 * @member {Array.<nrn.checkpoint.v1.ICommit>} commits
                 * @memberof nrn.checkpoint.v1.QueryRoundResponse
                 * @instance
                 */
                QueryRoundResponse.prototype.commits = $util.emptyArray;

                /**
                 * QueryRoundResponse checkpoints.
                 * @member {Array.<nrn.checkpoint.v1.ICheckpointWithReports>} checkpoints
                 * @memberof nrn.checkpoint.v1.QueryRoundResponse
                 * @instance
                 */
                QueryRoundResponse.prototype.checkpoints = $util.emptyArray;

                /**
                 * QueryRoundResponse found.
                 * @member {boolean} found
                 * @memberof nrn.checkpoint.v1.QueryRoundResponse
                 * @instance
                 */
                QueryRoundResponse.prototype.found = false;

                /**
                 * Creates a new QueryRoundResponse instance using the specified properties.
                 * @function create
                 * @memberof nrn.checkpoint.v1.QueryRoundResponse
                 * @static
                 * @param {nrn.checkpoint.v1.IQueryRoundResponse=} [properties] Properties to set
                 * @returns {nrn.checkpoint.v1.QueryRoundResponse} QueryRoundResponse instance
                 */
                QueryRoundResponse.create = function create(properties) {
                    return new QueryRoundResponse(properties);
                };

                /**
                 * Encodes the specified QueryRoundResponse message. Does not implicitly {@link nrn.checkpoint.v1.QueryRoundResponse.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.checkpoint.v1.QueryRoundResponse
                 * @static
                 * @param {nrn.checkpoint.v1.IQueryRoundResponse} message QueryRoundResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryRoundResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.round != null && Object.hasOwnProperty.call(message, "round"))
                        $root.nrn.checkpoint.v1.Round.encode(message.round, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (message.commits != null && message.commits.length)
                        for (let i = 0; i < message.commits.length; ++i)
                            $root.nrn.checkpoint.v1.Commit.encode(message.commits[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    if (message.checkpoints != null && message.checkpoints.length)
                        for (let i = 0; i < message.checkpoints.length; ++i)
                            $root.nrn.checkpoint.v1.CheckpointWithReports.encode(message.checkpoints[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    if (message.found != null && Object.hasOwnProperty.call(message, "found"))
                        writer.uint32(/* id 4, wireType 0 =*/32).bool(message.found);
                    return writer;
                };

                /**
                 * Decodes a QueryRoundResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.checkpoint.v1.QueryRoundResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.checkpoint.v1.QueryRoundResponse} QueryRoundResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryRoundResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.checkpoint.v1.QueryRoundResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.round = $root.nrn.checkpoint.v1.Round.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 2: {
                                if (!(message.commits && message.commits.length))
                                    message.commits = [];
                                message.commits.push($root.nrn.checkpoint.v1.Commit.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 3: {
                                if (!(message.checkpoints && message.checkpoints.length))
                                    message.checkpoints = [];
                                message.checkpoints.push($root.nrn.checkpoint.v1.CheckpointWithReports.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 4: {
                                message.found = reader.bool();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryRoundResponse
                 * @function getTypeUrl
                 * @memberof nrn.checkpoint.v1.QueryRoundResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryRoundResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.checkpoint.v1.QueryRoundResponse";
                };

                return QueryRoundResponse;
            })();

            v1.QueryCheckpointRequest = (function() {

                /**
                 * Properties of a QueryCheckpointRequest.
                 * @memberof nrn.checkpoint.v1
                 * @interface IQueryCheckpointRequest
                 * @property {string|null} [cid] QueryCheckpointRequest cid
                 */

                /**
                 * Constructs a new QueryCheckpointRequest.
                 * @memberof nrn.checkpoint.v1
                 * @classdesc Represents a QueryCheckpointRequest.
                 * @implements IQueryCheckpointRequest
                 * @constructor
                 * @param {nrn.checkpoint.v1.IQueryCheckpointRequest=} [properties] Properties to set
                 */
                function QueryCheckpointRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryCheckpointRequest cid.
                 * @member {string} cid
                 * @memberof nrn.checkpoint.v1.QueryCheckpointRequest
                 * @instance
                 */
                QueryCheckpointRequest.prototype.cid = "";

                /**
                 * Creates a new QueryCheckpointRequest instance using the specified properties.
                 * @function create
                 * @memberof nrn.checkpoint.v1.QueryCheckpointRequest
                 * @static
                 * @param {nrn.checkpoint.v1.IQueryCheckpointRequest=} [properties] Properties to set
                 * @returns {nrn.checkpoint.v1.QueryCheckpointRequest} QueryCheckpointRequest instance
                 */
                QueryCheckpointRequest.create = function create(properties) {
                    return new QueryCheckpointRequest(properties);
                };

                /**
                 * Encodes the specified QueryCheckpointRequest message. Does not implicitly {@link nrn.checkpoint.v1.QueryCheckpointRequest.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.checkpoint.v1.QueryCheckpointRequest
                 * @static
                 * @param {nrn.checkpoint.v1.IQueryCheckpointRequest} message QueryCheckpointRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryCheckpointRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.cid != null && Object.hasOwnProperty.call(message, "cid"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.cid);
                    return writer;
                };

                /**
                 * Decodes a QueryCheckpointRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.checkpoint.v1.QueryCheckpointRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.checkpoint.v1.QueryCheckpointRequest} QueryCheckpointRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryCheckpointRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.checkpoint.v1.QueryCheckpointRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.cid = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryCheckpointRequest
                 * @function getTypeUrl
                 * @memberof nrn.checkpoint.v1.QueryCheckpointRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryCheckpointRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.checkpoint.v1.QueryCheckpointRequest";
                };

                return QueryCheckpointRequest;
            })();

            v1.QueryCheckpointResponse = (function() {

                /**
                 * Properties of a QueryCheckpointResponse.
                 * @memberof nrn.checkpoint.v1
                 * @interface IQueryCheckpointResponse
                 * @property {nrn.checkpoint.v1.ICheckpointWithReports|null} [checkpoint] QueryCheckpointResponse checkpoint
                 */

                /**
                 * Constructs a new QueryCheckpointResponse.
                 * @memberof nrn.checkpoint.v1
                 * @classdesc Represents a QueryCheckpointResponse.
                 * @implements IQueryCheckpointResponse
                 * @constructor
                 * @param {nrn.checkpoint.v1.IQueryCheckpointResponse=} [properties] Properties to set
                 */
                function QueryCheckpointResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryCheckpointResponse checkpoint.
                 * @member {nrn.checkpoint.v1.ICheckpointWithReports|null|undefined} checkpoint
                 * @memberof nrn.checkpoint.v1.QueryCheckpointResponse
                 * @instance
                 */
                QueryCheckpointResponse.prototype.checkpoint = null;

                /**
                 * Creates a new QueryCheckpointResponse instance using the specified properties.
                 * @function create
                 * @memberof nrn.checkpoint.v1.QueryCheckpointResponse
                 * @static
                 * @param {nrn.checkpoint.v1.IQueryCheckpointResponse=} [properties] Properties to set
                 * @returns {nrn.checkpoint.v1.QueryCheckpointResponse} QueryCheckpointResponse instance
                 */
                QueryCheckpointResponse.create = function create(properties) {
                    return new QueryCheckpointResponse(properties);
                };

                /**
                 * Encodes the specified QueryCheckpointResponse message. Does not implicitly {@link nrn.checkpoint.v1.QueryCheckpointResponse.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.checkpoint.v1.QueryCheckpointResponse
                 * @static
                 * @param {nrn.checkpoint.v1.IQueryCheckpointResponse} message QueryCheckpointResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryCheckpointResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.checkpoint != null && Object.hasOwnProperty.call(message, "checkpoint"))
                        $root.nrn.checkpoint.v1.CheckpointWithReports.encode(message.checkpoint, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryCheckpointResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.checkpoint.v1.QueryCheckpointResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.checkpoint.v1.QueryCheckpointResponse} QueryCheckpointResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryCheckpointResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.checkpoint.v1.QueryCheckpointResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.checkpoint = $root.nrn.checkpoint.v1.CheckpointWithReports.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryCheckpointResponse
                 * @function getTypeUrl
                 * @memberof nrn.checkpoint.v1.QueryCheckpointResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryCheckpointResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.checkpoint.v1.QueryCheckpointResponse";
                };

                return QueryCheckpointResponse;
            })();

            v1.QueryPendingRequest = (function() {

                /**
                 * Properties of a QueryPendingRequest.
                 * @memberof nrn.checkpoint.v1
                 * @interface IQueryPendingRequest
                 */

                /**
                 * Constructs a new QueryPendingRequest.
                 * @memberof nrn.checkpoint.v1
                 * @classdesc Represents a QueryPendingRequest.
                 * @implements IQueryPendingRequest
                 * @constructor
                 * @param {nrn.checkpoint.v1.IQueryPendingRequest=} [properties] Properties to set
                 */
                function QueryPendingRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new QueryPendingRequest instance using the specified properties.
                 * @function create
                 * @memberof nrn.checkpoint.v1.QueryPendingRequest
                 * @static
                 * @param {nrn.checkpoint.v1.IQueryPendingRequest=} [properties] Properties to set
                 * @returns {nrn.checkpoint.v1.QueryPendingRequest} QueryPendingRequest instance
                 */
                QueryPendingRequest.create = function create(properties) {
                    return new QueryPendingRequest(properties);
                };

                /**
                 * Encodes the specified QueryPendingRequest message. Does not implicitly {@link nrn.checkpoint.v1.QueryPendingRequest.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.checkpoint.v1.QueryPendingRequest
                 * @static
                 * @param {nrn.checkpoint.v1.IQueryPendingRequest} message QueryPendingRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryPendingRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a QueryPendingRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.checkpoint.v1.QueryPendingRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.checkpoint.v1.QueryPendingRequest} QueryPendingRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryPendingRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.checkpoint.v1.QueryPendingRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryPendingRequest
                 * @function getTypeUrl
                 * @memberof nrn.checkpoint.v1.QueryPendingRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryPendingRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.checkpoint.v1.QueryPendingRequest";
                };

                return QueryPendingRequest;
            })();

            v1.QueryPendingResponse = (function() {

                /**
                 * Properties of a QueryPendingResponse.
                 * @memberof nrn.checkpoint.v1
                 * @interface IQueryPendingResponse
                 * @property {Array.<nrn.checkpoint.v1.ICheckpointWithReports>|null} [checkpoints] QueryPendingResponse checkpoints
                 */

                /**
                 * Constructs a new QueryPendingResponse.
                 * @memberof nrn.checkpoint.v1
                 * @classdesc Represents a QueryPendingResponse.
                 * @implements IQueryPendingResponse
                 * @constructor
                 * @param {nrn.checkpoint.v1.IQueryPendingResponse=} [properties] Properties to set
                 */
                function QueryPendingResponse(properties) {
                    this.checkpoints = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryPendingResponse checkpoints.
                 * @member {Array.<nrn.checkpoint.v1.ICheckpointWithReports>} checkpoints
                 * @memberof nrn.checkpoint.v1.QueryPendingResponse
                 * @instance
                 */
                QueryPendingResponse.prototype.checkpoints = $util.emptyArray;

                /**
                 * Creates a new QueryPendingResponse instance using the specified properties.
                 * @function create
                 * @memberof nrn.checkpoint.v1.QueryPendingResponse
                 * @static
                 * @param {nrn.checkpoint.v1.IQueryPendingResponse=} [properties] Properties to set
                 * @returns {nrn.checkpoint.v1.QueryPendingResponse} QueryPendingResponse instance
                 */
                QueryPendingResponse.create = function create(properties) {
                    return new QueryPendingResponse(properties);
                };

                /**
                 * Encodes the specified QueryPendingResponse message. Does not implicitly {@link nrn.checkpoint.v1.QueryPendingResponse.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.checkpoint.v1.QueryPendingResponse
                 * @static
                 * @param {nrn.checkpoint.v1.IQueryPendingResponse} message QueryPendingResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryPendingResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.checkpoints != null && message.checkpoints.length)
                        for (let i = 0; i < message.checkpoints.length; ++i)
                            $root.nrn.checkpoint.v1.CheckpointWithReports.encode(message.checkpoints[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryPendingResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.checkpoint.v1.QueryPendingResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.checkpoint.v1.QueryPendingResponse} QueryPendingResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryPendingResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.checkpoint.v1.QueryPendingResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                if (!(message.checkpoints && message.checkpoints.length))
                                    message.checkpoints = [];
                                message.checkpoints.push($root.nrn.checkpoint.v1.CheckpointWithReports.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryPendingResponse
                 * @function getTypeUrl
                 * @memberof nrn.checkpoint.v1.QueryPendingResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryPendingResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.checkpoint.v1.QueryPendingResponse";
                };

                return QueryPendingResponse;
            })();

            v1.QueryCommitsRequest = (function() {

                /**
                 * Properties of a QueryCommitsRequest.
                 * @memberof nrn.checkpoint.v1
                 * @interface IQueryCommitsRequest
                 * @property {string|null} [trainer] QueryCommitsRequest trainer
                 */

                /**
                 * Constructs a new QueryCommitsRequest.
                 * @memberof nrn.checkpoint.v1
                 * @classdesc Represents a QueryCommitsRequest.
                 * @implements IQueryCommitsRequest
                 * @constructor
                 * @param {nrn.checkpoint.v1.IQueryCommitsRequest=} [properties] Properties to set
                 */
                function QueryCommitsRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryCommitsRequest trainer.
                 * @member {string} trainer
                 * @memberof nrn.checkpoint.v1.QueryCommitsRequest
                 * @instance
                 */
                QueryCommitsRequest.prototype.trainer = "";

                /**
                 * Creates a new QueryCommitsRequest instance using the specified properties.
                 * @function create
                 * @memberof nrn.checkpoint.v1.QueryCommitsRequest
                 * @static
                 * @param {nrn.checkpoint.v1.IQueryCommitsRequest=} [properties] Properties to set
                 * @returns {nrn.checkpoint.v1.QueryCommitsRequest} QueryCommitsRequest instance
                 */
                QueryCommitsRequest.create = function create(properties) {
                    return new QueryCommitsRequest(properties);
                };

                /**
                 * Encodes the specified QueryCommitsRequest message. Does not implicitly {@link nrn.checkpoint.v1.QueryCommitsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.checkpoint.v1.QueryCommitsRequest
                 * @static
                 * @param {nrn.checkpoint.v1.IQueryCommitsRequest} message QueryCommitsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryCommitsRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.trainer != null && Object.hasOwnProperty.call(message, "trainer"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.trainer);
                    return writer;
                };

                /**
                 * Decodes a QueryCommitsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.checkpoint.v1.QueryCommitsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.checkpoint.v1.QueryCommitsRequest} QueryCommitsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryCommitsRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.checkpoint.v1.QueryCommitsRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.trainer = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryCommitsRequest
                 * @function getTypeUrl
                 * @memberof nrn.checkpoint.v1.QueryCommitsRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryCommitsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.checkpoint.v1.QueryCommitsRequest";
                };

                return QueryCommitsRequest;
            })();

            v1.QueryCommitsResponse = (function() {

                /**
                 * Properties of a QueryCommitsResponse.
                 * @memberof nrn.checkpoint.v1
                 * @interface IQueryCommitsResponse
                 * @property {Array.<nrn.checkpoint.v1.ICommit>|null} [commits] QueryCommitsResponse commits
                 */

                /**
                 * Constructs a new QueryCommitsResponse.
                 * @memberof nrn.checkpoint.v1
                 * @classdesc Represents a QueryCommitsResponse.
                 * @implements IQueryCommitsResponse
                 * @constructor
                 * @param {nrn.checkpoint.v1.IQueryCommitsResponse=} [properties] Properties to set
                 */
                function QueryCommitsResponse(properties) {
                    this.commits = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryCommitsResponse commits.
                 * @member {Array.<nrn.checkpoint.v1.ICommit>} commits
                 * @memberof nrn.checkpoint.v1.QueryCommitsResponse
                 * @instance
                 */
                QueryCommitsResponse.prototype.commits = $util.emptyArray;

                /**
                 * Creates a new QueryCommitsResponse instance using the specified properties.
                 * @function create
                 * @memberof nrn.checkpoint.v1.QueryCommitsResponse
                 * @static
                 * @param {nrn.checkpoint.v1.IQueryCommitsResponse=} [properties] Properties to set
                 * @returns {nrn.checkpoint.v1.QueryCommitsResponse} QueryCommitsResponse instance
                 */
                QueryCommitsResponse.create = function create(properties) {
                    return new QueryCommitsResponse(properties);
                };

                /**
                 * Encodes the specified QueryCommitsResponse message. Does not implicitly {@link nrn.checkpoint.v1.QueryCommitsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.checkpoint.v1.QueryCommitsResponse
                 * @static
                 * @param {nrn.checkpoint.v1.IQueryCommitsResponse} message QueryCommitsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryCommitsResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.commits != null && message.commits.length)
                        for (let i = 0; i < message.commits.length; ++i)
                            $root.nrn.checkpoint.v1.Commit.encode(message.commits[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryCommitsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.checkpoint.v1.QueryCommitsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.checkpoint.v1.QueryCommitsResponse} QueryCommitsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryCommitsResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.checkpoint.v1.QueryCommitsResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                if (!(message.commits && message.commits.length))
                                    message.commits = [];
                                message.commits.push($root.nrn.checkpoint.v1.Commit.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryCommitsResponse
                 * @function getTypeUrl
                 * @memberof nrn.checkpoint.v1.QueryCommitsResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryCommitsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.checkpoint.v1.QueryCommitsResponse";
                };

                return QueryCommitsResponse;
            })();

            v1.MsgCommitCheckpoint = (function() {

                /**
                 * Properties of a MsgCommitCheckpoint.
                 * @memberof nrn.checkpoint.v1
                 * @interface IMsgCommitCheckpoint
                 * @property {string|null} [trainer] MsgCommitCheckpoint trainer
                 * @property {number|null} [group_id] MsgCommitCheckpoint group_id
                 * @property {string|null} [commitment] MsgCommitCheckpoint commitment
                 */

                /**
                 * Constructs a new MsgCommitCheckpoint.
                 * @memberof nrn.checkpoint.v1
                 * @classdesc Represents a MsgCommitCheckpoint.
                 * @implements IMsgCommitCheckpoint
                 * @constructor
                 * @param {nrn.checkpoint.v1.IMsgCommitCheckpoint=} [properties] Properties to set
                 */
                function MsgCommitCheckpoint(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgCommitCheckpoint trainer.
                 * @member {string} trainer
                 * @memberof nrn.checkpoint.v1.MsgCommitCheckpoint
                 * @instance
                 */
                MsgCommitCheckpoint.prototype.trainer = "";

                /**
                 * MsgCommitCheckpoint group_id.
                 * @member {number} group_id
                 * @memberof nrn.checkpoint.v1.MsgCommitCheckpoint
                 * @instance
                 */
                MsgCommitCheckpoint.prototype.group_id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgCommitCheckpoint commitment.
                 * @member {string} commitment
                 * @memberof nrn.checkpoint.v1.MsgCommitCheckpoint
                 * @instance
                 */
                MsgCommitCheckpoint.prototype.commitment = "";

                /**
                 * Creates a new MsgCommitCheckpoint instance using the specified properties.
                 * @function create
                 * @memberof nrn.checkpoint.v1.MsgCommitCheckpoint
                 * @static
                 * @param {nrn.checkpoint.v1.IMsgCommitCheckpoint=} [properties] Properties to set
                 * @returns {nrn.checkpoint.v1.MsgCommitCheckpoint} MsgCommitCheckpoint instance
                 */
                MsgCommitCheckpoint.create = function create(properties) {
                    return new MsgCommitCheckpoint(properties);
                };

                /**
                 * Encodes the specified MsgCommitCheckpoint message. Does not implicitly {@link nrn.checkpoint.v1.MsgCommitCheckpoint.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.checkpoint.v1.MsgCommitCheckpoint
                 * @static
                 * @param {nrn.checkpoint.v1.IMsgCommitCheckpoint} message MsgCommitCheckpoint message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgCommitCheckpoint.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.trainer != null && Object.hasOwnProperty.call(message, "trainer"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.trainer);
                    if (message.group_id != null && Object.hasOwnProperty.call(message, "group_id"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.group_id);
                    if (message.commitment != null && Object.hasOwnProperty.call(message, "commitment"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.commitment);
                    return writer;
                };

                /**
                 * Decodes a MsgCommitCheckpoint message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.checkpoint.v1.MsgCommitCheckpoint
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.checkpoint.v1.MsgCommitCheckpoint} MsgCommitCheckpoint
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgCommitCheckpoint.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.checkpoint.v1.MsgCommitCheckpoint();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.trainer = reader.string();
                                break;
                            }
                        case 2: {
                                message.group_id = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.commitment = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for MsgCommitCheckpoint
                 * @function getTypeUrl
                 * @memberof nrn.checkpoint.v1.MsgCommitCheckpoint
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgCommitCheckpoint.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.checkpoint.v1.MsgCommitCheckpoint";
                };

                return MsgCommitCheckpoint;
            })();

            v1.MsgCommitCheckpointResponse = (function() {

                /**
                 * Properties of a MsgCommitCheckpointResponse.
                 * @memberof nrn.checkpoint.v1
                 * @interface IMsgCommitCheckpointResponse
                 * @property {number|null} [round] MsgCommitCheckpointResponse round
                 * @property {number|null} [round_end_ms] MsgCommitCheckpointResponse round_end_ms
                 */

                /**
                 * Constructs a new MsgCommitCheckpointResponse.
                 * @memberof nrn.checkpoint.v1
                 * @classdesc Represents a MsgCommitCheckpointResponse.
                 * @implements IMsgCommitCheckpointResponse
                 * @constructor
                 * @param {nrn.checkpoint.v1.IMsgCommitCheckpointResponse=} [properties] Properties to set
                 */
                function MsgCommitCheckpointResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgCommitCheckpointResponse round.
                 * @member {number} round
                 * @memberof nrn.checkpoint.v1.MsgCommitCheckpointResponse
                 * @instance
                 */
                MsgCommitCheckpointResponse.prototype.round = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgCommitCheckpointResponse round_end_ms.
                 * @member {number} round_end_ms
                 * @memberof nrn.checkpoint.v1.MsgCommitCheckpointResponse
                 * @instance
                 */
                MsgCommitCheckpointResponse.prototype.round_end_ms = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new MsgCommitCheckpointResponse instance using the specified properties.
                 * @function create
                 * @memberof nrn.checkpoint.v1.MsgCommitCheckpointResponse
                 * @static
                 * @param {nrn.checkpoint.v1.IMsgCommitCheckpointResponse=} [properties] Properties to set
                 * @returns {nrn.checkpoint.v1.MsgCommitCheckpointResponse} MsgCommitCheckpointResponse instance
                 */
                MsgCommitCheckpointResponse.create = function create(properties) {
                    return new MsgCommitCheckpointResponse(properties);
                };

                /**
                 * Encodes the specified MsgCommitCheckpointResponse message. Does not implicitly {@link nrn.checkpoint.v1.MsgCommitCheckpointResponse.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.checkpoint.v1.MsgCommitCheckpointResponse
                 * @static
                 * @param {nrn.checkpoint.v1.IMsgCommitCheckpointResponse} message MsgCommitCheckpointResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgCommitCheckpointResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.round != null && Object.hasOwnProperty.call(message, "round"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.round);
                    if (message.round_end_ms != null && Object.hasOwnProperty.call(message, "round_end_ms"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.round_end_ms);
                    return writer;
                };

                /**
                 * Decodes a MsgCommitCheckpointResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.checkpoint.v1.MsgCommitCheckpointResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.checkpoint.v1.MsgCommitCheckpointResponse} MsgCommitCheckpointResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgCommitCheckpointResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.checkpoint.v1.MsgCommitCheckpointResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.round = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.round_end_ms = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for MsgCommitCheckpointResponse
                 * @function getTypeUrl
                 * @memberof nrn.checkpoint.v1.MsgCommitCheckpointResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgCommitCheckpointResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.checkpoint.v1.MsgCommitCheckpointResponse";
                };

                return MsgCommitCheckpointResponse;
            })();

            v1.MsgRevealCheckpoint = (function() {

                /**
                 * Properties of a MsgRevealCheckpoint.
                 * @memberof nrn.checkpoint.v1
                 * @interface IMsgRevealCheckpoint
                 * @property {string|null} [trainer] MsgRevealCheckpoint trainer
                 * @property {number|null} [group_id] MsgRevealCheckpoint group_id
                 * @property {string|null} [cid] MsgRevealCheckpoint cid
                 * @property {string|null} [salt] MsgRevealCheckpoint salt
                 * @property {string|null} [claimed_loss_micro] MsgRevealCheckpoint claimed_loss_micro
                 * @property {string|null} [training_set_version] MsgRevealCheckpoint training_set_version
                 * @property {string|null} [parent_cid] MsgRevealCheckpoint parent_cid
                 */

                /**
                 * Constructs a new MsgRevealCheckpoint.
                 * @memberof nrn.checkpoint.v1
                 * @classdesc Represents a MsgRevealCheckpoint.
                 * @implements IMsgRevealCheckpoint
                 * @constructor
                 * @param {nrn.checkpoint.v1.IMsgRevealCheckpoint=} [properties] Properties to set
                 */
                function MsgRevealCheckpoint(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgRevealCheckpoint trainer.
                 * @member {string} trainer
                 * @memberof nrn.checkpoint.v1.MsgRevealCheckpoint
                 * @instance
                 */
                MsgRevealCheckpoint.prototype.trainer = "";

                /**
                 * MsgRevealCheckpoint group_id.
                 * @member {number} group_id
                 * @memberof nrn.checkpoint.v1.MsgRevealCheckpoint
                 * @instance
                 */
                MsgRevealCheckpoint.prototype.group_id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgRevealCheckpoint cid.
                 * @member {string} cid
                 * @memberof nrn.checkpoint.v1.MsgRevealCheckpoint
                 * @instance
                 */
                MsgRevealCheckpoint.prototype.cid = "";

                /**
                 * MsgRevealCheckpoint salt.
                 * @member {string} salt
                 * @memberof nrn.checkpoint.v1.MsgRevealCheckpoint
                 * @instance
                 */
                MsgRevealCheckpoint.prototype.salt = "";

                /**
                 * MsgRevealCheckpoint claimed_loss_micro.
                 * @member {string} claimed_loss_micro
                 * @memberof nrn.checkpoint.v1.MsgRevealCheckpoint
                 * @instance
                 */
                MsgRevealCheckpoint.prototype.claimed_loss_micro = "";

                /**
                 * MsgRevealCheckpoint training_set_version.
                 * @member {string} training_set_version
                 * @memberof nrn.checkpoint.v1.MsgRevealCheckpoint
                 * @instance
                 */
                MsgRevealCheckpoint.prototype.training_set_version = "";

                /**
                 * MsgRevealCheckpoint parent_cid.
                 * @member {string} parent_cid
                 * @memberof nrn.checkpoint.v1.MsgRevealCheckpoint
                 * @instance
                 */
                MsgRevealCheckpoint.prototype.parent_cid = "";

                /**
                 * Creates a new MsgRevealCheckpoint instance using the specified properties.
                 * @function create
                 * @memberof nrn.checkpoint.v1.MsgRevealCheckpoint
                 * @static
                 * @param {nrn.checkpoint.v1.IMsgRevealCheckpoint=} [properties] Properties to set
                 * @returns {nrn.checkpoint.v1.MsgRevealCheckpoint} MsgRevealCheckpoint instance
                 */
                MsgRevealCheckpoint.create = function create(properties) {
                    return new MsgRevealCheckpoint(properties);
                };

                /**
                 * Encodes the specified MsgRevealCheckpoint message. Does not implicitly {@link nrn.checkpoint.v1.MsgRevealCheckpoint.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.checkpoint.v1.MsgRevealCheckpoint
                 * @static
                 * @param {nrn.checkpoint.v1.IMsgRevealCheckpoint} message MsgRevealCheckpoint message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgRevealCheckpoint.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.trainer != null && Object.hasOwnProperty.call(message, "trainer"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.trainer);
                    if (message.group_id != null && Object.hasOwnProperty.call(message, "group_id"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.group_id);
                    if (message.cid != null && Object.hasOwnProperty.call(message, "cid"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.cid);
                    if (message.salt != null && Object.hasOwnProperty.call(message, "salt"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.salt);
                    if (message.claimed_loss_micro != null && Object.hasOwnProperty.call(message, "claimed_loss_micro"))
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.claimed_loss_micro);
                    if (message.training_set_version != null && Object.hasOwnProperty.call(message, "training_set_version"))
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.training_set_version);
                    if (message.parent_cid != null && Object.hasOwnProperty.call(message, "parent_cid"))
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.parent_cid);
                    return writer;
                };

                /**
                 * Decodes a MsgRevealCheckpoint message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.checkpoint.v1.MsgRevealCheckpoint
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.checkpoint.v1.MsgRevealCheckpoint} MsgRevealCheckpoint
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgRevealCheckpoint.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.checkpoint.v1.MsgRevealCheckpoint();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.trainer = reader.string();
                                break;
                            }
                        case 2: {
                                message.group_id = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.cid = reader.string();
                                break;
                            }
                        case 4: {
                                message.salt = reader.string();
                                break;
                            }
                        case 5: {
                                message.claimed_loss_micro = reader.string();
                                break;
                            }
                        case 6: {
                                message.training_set_version = reader.string();
                                break;
                            }
                        case 7: {
                                message.parent_cid = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for MsgRevealCheckpoint
                 * @function getTypeUrl
                 * @memberof nrn.checkpoint.v1.MsgRevealCheckpoint
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgRevealCheckpoint.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.checkpoint.v1.MsgRevealCheckpoint";
                };

                return MsgRevealCheckpoint;
            })();

            v1.MsgRevealCheckpointResponse = (function() {

                /**
                 * Properties of a MsgRevealCheckpointResponse.
                 * @memberof nrn.checkpoint.v1
                 * @interface IMsgRevealCheckpointResponse
                 * @property {number|null} [round] MsgRevealCheckpointResponse round
                 */

                /**
                 * Constructs a new MsgRevealCheckpointResponse.
                 * @memberof nrn.checkpoint.v1
                 * @classdesc Represents a MsgRevealCheckpointResponse.
                 * @implements IMsgRevealCheckpointResponse
                 * @constructor
                 * @param {nrn.checkpoint.v1.IMsgRevealCheckpointResponse=} [properties] Properties to set
                 */
                function MsgRevealCheckpointResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgRevealCheckpointResponse round.
                 * @member {number} round
                 * @memberof nrn.checkpoint.v1.MsgRevealCheckpointResponse
                 * @instance
                 */
                MsgRevealCheckpointResponse.prototype.round = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new MsgRevealCheckpointResponse instance using the specified properties.
                 * @function create
                 * @memberof nrn.checkpoint.v1.MsgRevealCheckpointResponse
                 * @static
                 * @param {nrn.checkpoint.v1.IMsgRevealCheckpointResponse=} [properties] Properties to set
                 * @returns {nrn.checkpoint.v1.MsgRevealCheckpointResponse} MsgRevealCheckpointResponse instance
                 */
                MsgRevealCheckpointResponse.create = function create(properties) {
                    return new MsgRevealCheckpointResponse(properties);
                };

                /**
                 * Encodes the specified MsgRevealCheckpointResponse message. Does not implicitly {@link nrn.checkpoint.v1.MsgRevealCheckpointResponse.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.checkpoint.v1.MsgRevealCheckpointResponse
                 * @static
                 * @param {nrn.checkpoint.v1.IMsgRevealCheckpointResponse} message MsgRevealCheckpointResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgRevealCheckpointResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.round != null && Object.hasOwnProperty.call(message, "round"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.round);
                    return writer;
                };

                /**
                 * Decodes a MsgRevealCheckpointResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.checkpoint.v1.MsgRevealCheckpointResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.checkpoint.v1.MsgRevealCheckpointResponse} MsgRevealCheckpointResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgRevealCheckpointResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.checkpoint.v1.MsgRevealCheckpointResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.round = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for MsgRevealCheckpointResponse
                 * @function getTypeUrl
                 * @memberof nrn.checkpoint.v1.MsgRevealCheckpointResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgRevealCheckpointResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.checkpoint.v1.MsgRevealCheckpointResponse";
                };

                return MsgRevealCheckpointResponse;
            })();

            v1.MsgReportLoss = (function() {

                /**
                 * Properties of a MsgReportLoss.
                 * @memberof nrn.checkpoint.v1
                 * @interface IMsgReportLoss
                 * @property {string|null} [validator] MsgReportLoss validator
                 * @property {string|null} [cid] MsgReportLoss cid
                 * @property {string|null} [loss_micro] MsgReportLoss loss_micro
                 */

                /**
                 * Constructs a new MsgReportLoss.
                 * @memberof nrn.checkpoint.v1
                 * @classdesc Represents a MsgReportLoss.
                 * @implements IMsgReportLoss
                 * @constructor
                 * @param {nrn.checkpoint.v1.IMsgReportLoss=} [properties] Properties to set
                 */
                function MsgReportLoss(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgReportLoss validator.
                 * @member {string} validator
                 * @memberof nrn.checkpoint.v1.MsgReportLoss
                 * @instance
                 */
                MsgReportLoss.prototype.validator = "";

                /**
                 * MsgReportLoss cid.
                 * @member {string} cid
                 * @memberof nrn.checkpoint.v1.MsgReportLoss
                 * @instance
                 */
                MsgReportLoss.prototype.cid = "";

                /**
                 * MsgReportLoss loss_micro.
                 * @member {string} loss_micro
                 * @memberof nrn.checkpoint.v1.MsgReportLoss
                 * @instance
                 */
                MsgReportLoss.prototype.loss_micro = "";

                /**
                 * Creates a new MsgReportLoss instance using the specified properties.
                 * @function create
                 * @memberof nrn.checkpoint.v1.MsgReportLoss
                 * @static
                 * @param {nrn.checkpoint.v1.IMsgReportLoss=} [properties] Properties to set
                 * @returns {nrn.checkpoint.v1.MsgReportLoss} MsgReportLoss instance
                 */
                MsgReportLoss.create = function create(properties) {
                    return new MsgReportLoss(properties);
                };

                /**
                 * Encodes the specified MsgReportLoss message. Does not implicitly {@link nrn.checkpoint.v1.MsgReportLoss.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.checkpoint.v1.MsgReportLoss
                 * @static
                 * @param {nrn.checkpoint.v1.IMsgReportLoss} message MsgReportLoss message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgReportLoss.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.validator != null && Object.hasOwnProperty.call(message, "validator"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.validator);
                    if (message.cid != null && Object.hasOwnProperty.call(message, "cid"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.cid);
                    if (message.loss_micro != null && Object.hasOwnProperty.call(message, "loss_micro"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.loss_micro);
                    return writer;
                };

                /**
                 * Decodes a MsgReportLoss message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.checkpoint.v1.MsgReportLoss
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.checkpoint.v1.MsgReportLoss} MsgReportLoss
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgReportLoss.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.checkpoint.v1.MsgReportLoss();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.validator = reader.string();
                                break;
                            }
                        case 2: {
                                message.cid = reader.string();
                                break;
                            }
                        case 3: {
                                message.loss_micro = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for MsgReportLoss
                 * @function getTypeUrl
                 * @memberof nrn.checkpoint.v1.MsgReportLoss
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgReportLoss.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.checkpoint.v1.MsgReportLoss";
                };

                return MsgReportLoss;
            })();

            v1.MsgReportLossResponse = (function() {

                /**
                 * Properties of a MsgReportLossResponse.
                 * @memberof nrn.checkpoint.v1
                 * @interface IMsgReportLossResponse
                 */

                /**
                 * Constructs a new MsgReportLossResponse.
                 * @memberof nrn.checkpoint.v1
                 * @classdesc Represents a MsgReportLossResponse.
                 * @implements IMsgReportLossResponse
                 * @constructor
                 * @param {nrn.checkpoint.v1.IMsgReportLossResponse=} [properties] Properties to set
                 */
                function MsgReportLossResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new MsgReportLossResponse instance using the specified properties.
                 * @function create
                 * @memberof nrn.checkpoint.v1.MsgReportLossResponse
                 * @static
                 * @param {nrn.checkpoint.v1.IMsgReportLossResponse=} [properties] Properties to set
                 * @returns {nrn.checkpoint.v1.MsgReportLossResponse} MsgReportLossResponse instance
                 */
                MsgReportLossResponse.create = function create(properties) {
                    return new MsgReportLossResponse(properties);
                };

                /**
                 * Encodes the specified MsgReportLossResponse message. Does not implicitly {@link nrn.checkpoint.v1.MsgReportLossResponse.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.checkpoint.v1.MsgReportLossResponse
                 * @static
                 * @param {nrn.checkpoint.v1.IMsgReportLossResponse} message MsgReportLossResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgReportLossResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a MsgReportLossResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.checkpoint.v1.MsgReportLossResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.checkpoint.v1.MsgReportLossResponse} MsgReportLossResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgReportLossResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.checkpoint.v1.MsgReportLossResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for MsgReportLossResponse
                 * @function getTypeUrl
                 * @memberof nrn.checkpoint.v1.MsgReportLossResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgReportLossResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.checkpoint.v1.MsgReportLossResponse";
                };

                return MsgReportLossResponse;
            })();

            return v1;
        })();

        return checkpoint;
    })();

    nrn.mint = (function() {

        /**
         * Namespace mint.
         * @memberof nrn
         * @namespace
         */
        const mint = {};

        mint.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof nrn.mint
             * @namespace
             */
            const v1 = {};

            v1.QueryParamsRequest = (function() {

                /**
                 * Properties of a QueryParamsRequest.
                 * @memberof nrn.mint.v1
                 * @interface IQueryParamsRequest
                 */

                /**
                 * Constructs a new QueryParamsRequest.
                 * @memberof nrn.mint.v1
                 * @classdesc Represents a QueryParamsRequest.
                 * @implements IQueryParamsRequest
                 * @constructor
                 * @param {nrn.mint.v1.IQueryParamsRequest=} [properties] Properties to set
                 */
                function QueryParamsRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new QueryParamsRequest instance using the specified properties.
                 * @function create
                 * @memberof nrn.mint.v1.QueryParamsRequest
                 * @static
                 * @param {nrn.mint.v1.IQueryParamsRequest=} [properties] Properties to set
                 * @returns {nrn.mint.v1.QueryParamsRequest} QueryParamsRequest instance
                 */
                QueryParamsRequest.create = function create(properties) {
                    return new QueryParamsRequest(properties);
                };

                /**
                 * Encodes the specified QueryParamsRequest message. Does not implicitly {@link nrn.mint.v1.QueryParamsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.mint.v1.QueryParamsRequest
                 * @static
                 * @param {nrn.mint.v1.IQueryParamsRequest} message QueryParamsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryParamsRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a QueryParamsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.mint.v1.QueryParamsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.mint.v1.QueryParamsRequest} QueryParamsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryParamsRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.mint.v1.QueryParamsRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryParamsRequest
                 * @function getTypeUrl
                 * @memberof nrn.mint.v1.QueryParamsRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryParamsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.mint.v1.QueryParamsRequest";
                };

                return QueryParamsRequest;
            })();

            v1.QueryParamsResponse = (function() {

                /**
                 * Properties of a QueryParamsResponse.
                 * @memberof nrn.mint.v1
                 * @interface IQueryParamsResponse
                 * @property {number|null} [genesis_time_ms] QueryParamsResponse genesis_time_ms
                 * @property {number|null} [halving_period_seconds] QueryParamsResponse halving_period_seconds
                 * @property {number|null} [round_reward_per_million] QueryParamsResponse round_reward_per_million
                 * @property {number|null} [delta_reward_per_million] QueryParamsResponse delta_reward_per_million
                 */

                /**
                 * Constructs a new QueryParamsResponse.
                 * @memberof nrn.mint.v1
                 * @classdesc Represents a QueryParamsResponse.
                 * @implements IQueryParamsResponse
                 * @constructor
                 * @param {nrn.mint.v1.IQueryParamsResponse=} [properties] Properties to set
                 */
                function QueryParamsResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryParamsResponse genesis_time_ms.
                 * @member {number} genesis_time_ms
                 * @memberof nrn.mint.v1.QueryParamsResponse
                 * @instance
                 */
                QueryParamsResponse.prototype.genesis_time_ms = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * QueryParamsResponse halving_period_seconds.
                 * @member {number} halving_period_seconds
                 * @memberof nrn.mint.v1.QueryParamsResponse
                 * @instance
                 */
                QueryParamsResponse.prototype.halving_period_seconds = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * QueryParamsResponse round_reward_per_million.
                 * @member {number} round_reward_per_million
                 * @memberof nrn.mint.v1.QueryParamsResponse
                 * @instance
                 */
                QueryParamsResponse.prototype.round_reward_per_million = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * QueryParamsResponse delta_reward_per_million.
                 * @member {number} delta_reward_per_million
                 * @memberof nrn.mint.v1.QueryParamsResponse
                 * @instance
                 */
                QueryParamsResponse.prototype.delta_reward_per_million = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new QueryParamsResponse instance using the specified properties.
                 * @function create
                 * @memberof nrn.mint.v1.QueryParamsResponse
                 * @static
                 * @param {nrn.mint.v1.IQueryParamsResponse=} [properties] Properties to set
                 * @returns {nrn.mint.v1.QueryParamsResponse} QueryParamsResponse instance
                 */
                QueryParamsResponse.create = function create(properties) {
                    return new QueryParamsResponse(properties);
                };

                /**
                 * Encodes the specified QueryParamsResponse message. Does not implicitly {@link nrn.mint.v1.QueryParamsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.mint.v1.QueryParamsResponse
                 * @static
                 * @param {nrn.mint.v1.IQueryParamsResponse} message QueryParamsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryParamsResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.genesis_time_ms != null && Object.hasOwnProperty.call(message, "genesis_time_ms"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.genesis_time_ms);
                    if (message.halving_period_seconds != null && Object.hasOwnProperty.call(message, "halving_period_seconds"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.halving_period_seconds);
                    if (message.round_reward_per_million != null && Object.hasOwnProperty.call(message, "round_reward_per_million"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.round_reward_per_million);
                    if (message.delta_reward_per_million != null && Object.hasOwnProperty.call(message, "delta_reward_per_million"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.delta_reward_per_million);
                    return writer;
                };

                /**
                 * Decodes a QueryParamsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.mint.v1.QueryParamsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.mint.v1.QueryParamsResponse} QueryParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryParamsResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.mint.v1.QueryParamsResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.genesis_time_ms = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.halving_period_seconds = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.round_reward_per_million = reader.uint64();
                                break;
                            }
                        case 4: {
                                message.delta_reward_per_million = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryParamsResponse
                 * @function getTypeUrl
                 * @memberof nrn.mint.v1.QueryParamsResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryParamsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.mint.v1.QueryParamsResponse";
                };

                return QueryParamsResponse;
            })();

            v1.QueryRewardsRequest = (function() {

                /**
                 * Properties of a QueryRewardsRequest.
                 * @memberof nrn.mint.v1
                 * @interface IQueryRewardsRequest
                 */

                /**
                 * Constructs a new QueryRewardsRequest.
                 * @memberof nrn.mint.v1
                 * @classdesc Represents a QueryRewardsRequest.
                 * @implements IQueryRewardsRequest
                 * @constructor
                 * @param {nrn.mint.v1.IQueryRewardsRequest=} [properties] Properties to set
                 */
                function QueryRewardsRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new QueryRewardsRequest instance using the specified properties.
                 * @function create
                 * @memberof nrn.mint.v1.QueryRewardsRequest
                 * @static
                 * @param {nrn.mint.v1.IQueryRewardsRequest=} [properties] Properties to set
                 * @returns {nrn.mint.v1.QueryRewardsRequest} QueryRewardsRequest instance
                 */
                QueryRewardsRequest.create = function create(properties) {
                    return new QueryRewardsRequest(properties);
                };

                /**
                 * Encodes the specified QueryRewardsRequest message. Does not implicitly {@link nrn.mint.v1.QueryRewardsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.mint.v1.QueryRewardsRequest
                 * @static
                 * @param {nrn.mint.v1.IQueryRewardsRequest} message QueryRewardsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryRewardsRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a QueryRewardsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.mint.v1.QueryRewardsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.mint.v1.QueryRewardsRequest} QueryRewardsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryRewardsRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.mint.v1.QueryRewardsRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryRewardsRequest
                 * @function getTypeUrl
                 * @memberof nrn.mint.v1.QueryRewardsRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryRewardsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.mint.v1.QueryRewardsRequest";
                };

                return QueryRewardsRequest;
            })();

            v1.QueryRewardsResponse = (function() {

                /**
                 * Properties of a QueryRewardsResponse.
                 * @memberof nrn.mint.v1
                 * @interface IQueryRewardsResponse
                 * @property {number|null} [block_time_ms] QueryRewardsResponse block_time_ms
                 * @property {number|null} [halvings] QueryRewardsResponse halvings
                 * @property {string|null} [supply] QueryRewardsResponse supply
                 * @property {string|null} [round_reward] QueryRewardsResponse round_reward
                 * @property {string|null} [delta_reward] QueryRewardsResponse delta_reward
                 */

                /**
                 * Constructs a new QueryRewardsResponse.
                 * @memberof nrn.mint.v1
                 * @classdesc Represents a QueryRewardsResponse.
                 * @implements IQueryRewardsResponse
                 * @constructor
                 * @param {nrn.mint.v1.IQueryRewardsResponse=} [properties] Properties to set
                 */
                function QueryRewardsResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryRewardsResponse block_time_ms.
                 * @member {number} block_time_ms
                 * @memberof nrn.mint.v1.QueryRewardsResponse
                 * @instance
                 */
                QueryRewardsResponse.prototype.block_time_ms = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * QueryRewardsResponse halvings.
                 * @member {number} halvings
                 * @memberof nrn.mint.v1.QueryRewardsResponse
                 * @instance
                 */
                QueryRewardsResponse.prototype.halvings = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * QueryRewardsResponse supply.
                 * @member {string} supply
                 * @memberof nrn.mint.v1.QueryRewardsResponse
                 * @instance
                 */
                QueryRewardsResponse.prototype.supply = "";

                /**
                 * QueryRewardsResponse round_reward.
                 * @member {string} round_reward
                 * @memberof nrn.mint.v1.QueryRewardsResponse
                 * @instance
                 */
                QueryRewardsResponse.prototype.round_reward = "";

                /**
                 * QueryRewardsResponse delta_reward.
                 * @member {string} delta_reward
                 * @memberof nrn.mint.v1.QueryRewardsResponse
                 * @instance
                 */
                QueryRewardsResponse.prototype.delta_reward = "";

                /**
                 * Creates a new QueryRewardsResponse instance using the specified properties.
                 * @function create
                 * @memberof nrn.mint.v1.QueryRewardsResponse
                 * @static
                 * @param {nrn.mint.v1.IQueryRewardsResponse=} [properties] Properties to set
                 * @returns {nrn.mint.v1.QueryRewardsResponse} QueryRewardsResponse instance
                 */
                QueryRewardsResponse.create = function create(properties) {
                    return new QueryRewardsResponse(properties);
                };

                /**
                 * Encodes the specified QueryRewardsResponse message. Does not implicitly {@link nrn.mint.v1.QueryRewardsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.mint.v1.QueryRewardsResponse
                 * @static
                 * @param {nrn.mint.v1.IQueryRewardsResponse} message QueryRewardsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryRewardsResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.block_time_ms != null && Object.hasOwnProperty.call(message, "block_time_ms"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.block_time_ms);
                    if (message.halvings != null && Object.hasOwnProperty.call(message, "halvings"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.halvings);
                    if (message.supply != null && Object.hasOwnProperty.call(message, "supply"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.supply);
                    if (message.round_reward != null && Object.hasOwnProperty.call(message, "round_reward"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.round_reward);
                    if (message.delta_reward != null && Object.hasOwnProperty.call(message, "delta_reward"))
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.delta_reward);
                    return writer;
                };

                /**
                 * Decodes a QueryRewardsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.mint.v1.QueryRewardsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.mint.v1.QueryRewardsResponse} QueryRewardsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryRewardsResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.mint.v1.QueryRewardsResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.block_time_ms = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.halvings = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.supply = reader.string();
                                break;
                            }
                        case 4: {
                                message.round_reward = reader.string();
                                break;
                            }
                        case 5: {
                                message.delta_reward = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryRewardsResponse
                 * @function getTypeUrl
                 * @memberof nrn.mint.v1.QueryRewardsResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryRewardsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.mint.v1.QueryRewardsResponse";
                };

                return QueryRewardsResponse;
            })();

            return v1;
        })();

        return mint;
    })();

    nrn.trainingset = (function() {

        /**
         * Namespace trainingset.
         * @memberof nrn
         * @namespace
         */
        const trainingset = {};

        trainingset.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof nrn.trainingset
             * @namespace
             */
            const v1 = {};

            v1.QueryParamsRequest = (function() {

                /**
                 * Properties of a QueryParamsRequest.
                 * @memberof nrn.trainingset.v1
                 * @interface IQueryParamsRequest
                 */

                /**
                 * Constructs a new QueryParamsRequest.
                 * @memberof nrn.trainingset.v1
                 * @classdesc Represents a QueryParamsRequest.
                 * @implements IQueryParamsRequest
                 * @constructor
                 * @param {nrn.trainingset.v1.IQueryParamsRequest=} [properties] Properties to set
                 */
                function QueryParamsRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new QueryParamsRequest instance using the specified properties.
                 * @function create
                 * @memberof nrn.trainingset.v1.QueryParamsRequest
                 * @static
                 * @param {nrn.trainingset.v1.IQueryParamsRequest=} [properties] Properties to set
                 * @returns {nrn.trainingset.v1.QueryParamsRequest} QueryParamsRequest instance
                 */
                QueryParamsRequest.create = function create(properties) {
                    return new QueryParamsRequest(properties);
                };

                /**
                 * Encodes the specified QueryParamsRequest message. Does not implicitly {@link nrn.trainingset.v1.QueryParamsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.trainingset.v1.QueryParamsRequest
                 * @static
                 * @param {nrn.trainingset.v1.IQueryParamsRequest} message QueryParamsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryParamsRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a QueryParamsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.trainingset.v1.QueryParamsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.trainingset.v1.QueryParamsRequest} QueryParamsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryParamsRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.trainingset.v1.QueryParamsRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryParamsRequest
                 * @function getTypeUrl
                 * @memberof nrn.trainingset.v1.QueryParamsRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryParamsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.trainingset.v1.QueryParamsRequest";
                };

                return QueryParamsRequest;
            })();

            v1.QueryParamsResponse = (function() {

                /**
                 * Properties of a QueryParamsResponse.
                 * @memberof nrn.trainingset.v1
                 * @interface IQueryParamsResponse
                 * @property {nrn.trainingset.v1.IParams|null} [params] QueryParamsResponse params
                 */

                /**
                 * Constructs a new QueryParamsResponse.
                 * @memberof nrn.trainingset.v1
                 * @classdesc Represents a QueryParamsResponse.
                 * @implements IQueryParamsResponse
                 * @constructor
                 * @param {nrn.trainingset.v1.IQueryParamsResponse=} [properties] Properties to set
                 */
                function QueryParamsResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryParamsResponse params.
                 * @member {nrn.trainingset.v1.IParams|null|undefined} params
                 * @memberof nrn.trainingset.v1.QueryParamsResponse
                 * @instance
                 */
                QueryParamsResponse.prototype.params = null;

                /**
                 * Creates a new QueryParamsResponse instance using the specified properties.
                 * @function create
                 * @memberof nrn.trainingset.v1.QueryParamsResponse
                 * @static
                 * @param {nrn.trainingset.v1.IQueryParamsResponse=} [properties] Properties to set
                 * @returns {nrn.trainingset.v1.QueryParamsResponse} QueryParamsResponse instance
                 */
                QueryParamsResponse.create = function create(properties) {
                    return new QueryParamsResponse(properties);
                };

                /**
                 * Encodes the specified QueryParamsResponse message. Does not implicitly {@link nrn.trainingset.v1.QueryParamsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.trainingset.v1.QueryParamsResponse
                 * @static
                 * @param {nrn.trainingset.v1.IQueryParamsResponse} message QueryParamsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryParamsResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.params != null && Object.hasOwnProperty.call(message, "params"))
                        $root.nrn.trainingset.v1.Params.encode(message.params, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryParamsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.trainingset.v1.QueryParamsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.trainingset.v1.QueryParamsResponse} QueryParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryParamsResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.trainingset.v1.QueryParamsResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.params = $root.nrn.trainingset.v1.Params.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryParamsResponse
                 * @function getTypeUrl
                 * @memberof nrn.trainingset.v1.QueryParamsResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryParamsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.trainingset.v1.QueryParamsResponse";
                };

                return QueryParamsResponse;
            })();

            v1.QueryGroupsRequest = (function() {

                /**
                 * Properties of a QueryGroupsRequest.
                 * @memberof nrn.trainingset.v1
                 * @interface IQueryGroupsRequest
                 */

                /**
                 * Constructs a new QueryGroupsRequest.
                 * @memberof nrn.trainingset.v1
                 * @classdesc Represents a QueryGroupsRequest.
                 * @implements IQueryGroupsRequest
                 * @constructor
                 * @param {nrn.trainingset.v1.IQueryGroupsRequest=} [properties] Properties to set
                 */
                function QueryGroupsRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new QueryGroupsRequest instance using the specified properties.
                 * @function create
                 * @memberof nrn.trainingset.v1.QueryGroupsRequest
                 * @static
                 * @param {nrn.trainingset.v1.IQueryGroupsRequest=} [properties] Properties to set
                 * @returns {nrn.trainingset.v1.QueryGroupsRequest} QueryGroupsRequest instance
                 */
                QueryGroupsRequest.create = function create(properties) {
                    return new QueryGroupsRequest(properties);
                };

                /**
                 * Encodes the specified QueryGroupsRequest message. Does not implicitly {@link nrn.trainingset.v1.QueryGroupsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.trainingset.v1.QueryGroupsRequest
                 * @static
                 * @param {nrn.trainingset.v1.IQueryGroupsRequest} message QueryGroupsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryGroupsRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a QueryGroupsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.trainingset.v1.QueryGroupsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.trainingset.v1.QueryGroupsRequest} QueryGroupsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryGroupsRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.trainingset.v1.QueryGroupsRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryGroupsRequest
                 * @function getTypeUrl
                 * @memberof nrn.trainingset.v1.QueryGroupsRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryGroupsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.trainingset.v1.QueryGroupsRequest";
                };

                return QueryGroupsRequest;
            })();

            v1.QueryGroupsResponse = (function() {

                /**
                 * Properties of a QueryGroupsResponse.
                 * @memberof nrn.trainingset.v1
                 * @interface IQueryGroupsResponse
                 * @property {Array.<nrn.trainingset.v1.IGroup>|null} [groups] QueryGroupsResponse groups
                 */

                /**
                 * Constructs a new QueryGroupsResponse.
                 * @memberof nrn.trainingset.v1
                 * @classdesc Represents a QueryGroupsResponse.
                 * @implements IQueryGroupsResponse
                 * @constructor
                 * @param {nrn.trainingset.v1.IQueryGroupsResponse=} [properties] Properties to set
                 */
                function QueryGroupsResponse(properties) {
                    this.groups = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryGroupsResponse groups.
                 * @member {Array.<nrn.trainingset.v1.IGroup>} groups
                 * @memberof nrn.trainingset.v1.QueryGroupsResponse
                 * @instance
                 */
                QueryGroupsResponse.prototype.groups = $util.emptyArray;

                /**
                 * Creates a new QueryGroupsResponse instance using the specified properties.
                 * @function create
                 * @memberof nrn.trainingset.v1.QueryGroupsResponse
                 * @static
                 * @param {nrn.trainingset.v1.IQueryGroupsResponse=} [properties] Properties to set
                 * @returns {nrn.trainingset.v1.QueryGroupsResponse} QueryGroupsResponse instance
                 */
                QueryGroupsResponse.create = function create(properties) {
                    return new QueryGroupsResponse(properties);
                };

                /**
                 * Encodes the specified QueryGroupsResponse message. Does not implicitly {@link nrn.trainingset.v1.QueryGroupsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.trainingset.v1.QueryGroupsResponse
                 * @static
                 * @param {nrn.trainingset.v1.IQueryGroupsResponse} message QueryGroupsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryGroupsResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.groups != null && message.groups.length)
                        for (let i = 0; i < message.groups.length; ++i)
                            $root.nrn.trainingset.v1.Group.encode(message.groups[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryGroupsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.trainingset.v1.QueryGroupsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.trainingset.v1.QueryGroupsResponse} QueryGroupsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryGroupsResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.trainingset.v1.QueryGroupsResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                if (!(message.groups && message.groups.length))
                                    message.groups = [];
                                message.groups.push($root.nrn.trainingset.v1.Group.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryGroupsResponse
                 * @function getTypeUrl
                 * @memberof nrn.trainingset.v1.QueryGroupsResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryGroupsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.trainingset.v1.QueryGroupsResponse";
                };

                return QueryGroupsResponse;
            })();

            v1.QueryGroupRequest = (function() {

                /**
                 * Properties of a QueryGroupRequest.
                 * @memberof nrn.trainingset.v1
                 * @interface IQueryGroupRequest
                 * @property {number|null} [group_id] QueryGroupRequest group_id
                 */

                /**
                 * Constructs a new QueryGroupRequest.
                 * @memberof nrn.trainingset.v1
                 * @classdesc Represents a QueryGroupRequest.
                 * @implements IQueryGroupRequest
                 * @constructor
                 * @param {nrn.trainingset.v1.IQueryGroupRequest=} [properties] Properties to set
                 */
                function QueryGroupRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryGroupRequest group_id.
                 * @member {number} group_id
                 * @memberof nrn.trainingset.v1.QueryGroupRequest
                 * @instance
                 */
                QueryGroupRequest.prototype.group_id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new QueryGroupRequest instance using the specified properties.
                 * @function create
                 * @memberof nrn.trainingset.v1.QueryGroupRequest
                 * @static
                 * @param {nrn.trainingset.v1.IQueryGroupRequest=} [properties] Properties to set
                 * @returns {nrn.trainingset.v1.QueryGroupRequest} QueryGroupRequest instance
                 */
                QueryGroupRequest.create = function create(properties) {
                    return new QueryGroupRequest(properties);
                };

                /**
                 * Encodes the specified QueryGroupRequest message. Does not implicitly {@link nrn.trainingset.v1.QueryGroupRequest.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.trainingset.v1.QueryGroupRequest
                 * @static
                 * @param {nrn.trainingset.v1.IQueryGroupRequest} message QueryGroupRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryGroupRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.group_id != null && Object.hasOwnProperty.call(message, "group_id"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.group_id);
                    return writer;
                };

                /**
                 * Decodes a QueryGroupRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.trainingset.v1.QueryGroupRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.trainingset.v1.QueryGroupRequest} QueryGroupRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryGroupRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.trainingset.v1.QueryGroupRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.group_id = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryGroupRequest
                 * @function getTypeUrl
                 * @memberof nrn.trainingset.v1.QueryGroupRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryGroupRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.trainingset.v1.QueryGroupRequest";
                };

                return QueryGroupRequest;
            })();

            v1.QueryGroupResponse = (function() {

                /**
                 * Properties of a QueryGroupResponse.
                 * @memberof nrn.trainingset.v1
                 * @interface IQueryGroupResponse
                 * @property {nrn.trainingset.v1.IGroup|null} [group] QueryGroupResponse group
                 */

                /**
                 * Constructs a new QueryGroupResponse.
                 * @memberof nrn.trainingset.v1
                 * @classdesc Represents a QueryGroupResponse.
                 * @implements IQueryGroupResponse
                 * @constructor
                 * @param {nrn.trainingset.v1.IQueryGroupResponse=} [properties] Properties to set
                 */
                function QueryGroupResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryGroupResponse group.
                 * @member {nrn.trainingset.v1.IGroup|null|undefined} group
                 * @memberof nrn.trainingset.v1.QueryGroupResponse
                 * @instance
                 */
                QueryGroupResponse.prototype.group = null;

                /**
                 * Creates a new QueryGroupResponse instance using the specified properties.
                 * @function create
                 * @memberof nrn.trainingset.v1.QueryGroupResponse
                 * @static
                 * @param {nrn.trainingset.v1.IQueryGroupResponse=} [properties] Properties to set
                 * @returns {nrn.trainingset.v1.QueryGroupResponse} QueryGroupResponse instance
                 */
                QueryGroupResponse.create = function create(properties) {
                    return new QueryGroupResponse(properties);
                };

                /**
                 * Encodes the specified QueryGroupResponse message. Does not implicitly {@link nrn.trainingset.v1.QueryGroupResponse.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.trainingset.v1.QueryGroupResponse
                 * @static
                 * @param {nrn.trainingset.v1.IQueryGroupResponse} message QueryGroupResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryGroupResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.group != null && Object.hasOwnProperty.call(message, "group"))
                        $root.nrn.trainingset.v1.Group.encode(message.group, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryGroupResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.trainingset.v1.QueryGroupResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.trainingset.v1.QueryGroupResponse} QueryGroupResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryGroupResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.trainingset.v1.QueryGroupResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.group = $root.nrn.trainingset.v1.Group.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryGroupResponse
                 * @function getTypeUrl
                 * @memberof nrn.trainingset.v1.QueryGroupResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryGroupResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.trainingset.v1.QueryGroupResponse";
                };

                return QueryGroupResponse;
            })();

            v1.QueryVersionsRequest = (function() {

                /**
                 * Properties of a QueryVersionsRequest.
                 * @memberof nrn.trainingset.v1
                 * @interface IQueryVersionsRequest
                 * @property {number|null} [group_id] QueryVersionsRequest group_id
                 */

                /**
                 * Constructs a new QueryVersionsRequest.
                 * @memberof nrn.trainingset.v1
                 * @classdesc Represents a QueryVersionsRequest.
                 * @implements IQueryVersionsRequest
                 * @constructor
                 * @param {nrn.trainingset.v1.IQueryVersionsRequest=} [properties] Properties to set
                 */
                function QueryVersionsRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryVersionsRequest group_id.
                 * @member {number} group_id
                 * @memberof nrn.trainingset.v1.QueryVersionsRequest
                 * @instance
                 */
                QueryVersionsRequest.prototype.group_id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new QueryVersionsRequest instance using the specified properties.
                 * @function create
                 * @memberof nrn.trainingset.v1.QueryVersionsRequest
                 * @static
                 * @param {nrn.trainingset.v1.IQueryVersionsRequest=} [properties] Properties to set
                 * @returns {nrn.trainingset.v1.QueryVersionsRequest} QueryVersionsRequest instance
                 */
                QueryVersionsRequest.create = function create(properties) {
                    return new QueryVersionsRequest(properties);
                };

                /**
                 * Encodes the specified QueryVersionsRequest message. Does not implicitly {@link nrn.trainingset.v1.QueryVersionsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.trainingset.v1.QueryVersionsRequest
                 * @static
                 * @param {nrn.trainingset.v1.IQueryVersionsRequest} message QueryVersionsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryVersionsRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.group_id != null && Object.hasOwnProperty.call(message, "group_id"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.group_id);
                    return writer;
                };

                /**
                 * Decodes a QueryVersionsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.trainingset.v1.QueryVersionsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.trainingset.v1.QueryVersionsRequest} QueryVersionsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryVersionsRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.trainingset.v1.QueryVersionsRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.group_id = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryVersionsRequest
                 * @function getTypeUrl
                 * @memberof nrn.trainingset.v1.QueryVersionsRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryVersionsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.trainingset.v1.QueryVersionsRequest";
                };

                return QueryVersionsRequest;
            })();

            v1.QueryVersionsResponse = (function() {

                /**
                 * Properties of a QueryVersionsResponse.
                 * @memberof nrn.trainingset.v1
                 * @interface IQueryVersionsResponse
                 * @property {Array.<nrn.trainingset.v1.IVersionRecord>|null} [versions] QueryVersionsResponse versions
                 */

                /**
                 * Constructs a new QueryVersionsResponse.
                 * @memberof nrn.trainingset.v1
                 * @classdesc Represents a QueryVersionsResponse.
                 * @implements IQueryVersionsResponse
                 * @constructor
                 * @param {nrn.trainingset.v1.IQueryVersionsResponse=} [properties] Properties to set
                 */
                function QueryVersionsResponse(properties) {
                    this.versions = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryVersionsResponse versions.
                 * @member {Array.<nrn.trainingset.v1.IVersionRecord>} versions
                 * @memberof nrn.trainingset.v1.QueryVersionsResponse
                 * @instance
                 */
                QueryVersionsResponse.prototype.versions = $util.emptyArray;

                /**
                 * Creates a new QueryVersionsResponse instance using the specified properties.
                 * @function create
                 * @memberof nrn.trainingset.v1.QueryVersionsResponse
                 * @static
                 * @param {nrn.trainingset.v1.IQueryVersionsResponse=} [properties] Properties to set
                 * @returns {nrn.trainingset.v1.QueryVersionsResponse} QueryVersionsResponse instance
                 */
                QueryVersionsResponse.create = function create(properties) {
                    return new QueryVersionsResponse(properties);
                };

                /**
                 * Encodes the specified QueryVersionsResponse message. Does not implicitly {@link nrn.trainingset.v1.QueryVersionsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.trainingset.v1.QueryVersionsResponse
                 * @static
                 * @param {nrn.trainingset.v1.IQueryVersionsResponse} message QueryVersionsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryVersionsResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.versions != null && message.versions.length)
                        for (let i = 0; i < message.versions.length; ++i)
                            $root.nrn.trainingset.v1.VersionRecord.encode(message.versions[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryVersionsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.trainingset.v1.QueryVersionsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.trainingset.v1.QueryVersionsResponse} QueryVersionsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryVersionsResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.trainingset.v1.QueryVersionsResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                if (!(message.versions && message.versions.length))
                                    message.versions = [];
                                message.versions.push($root.nrn.trainingset.v1.VersionRecord.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryVersionsResponse
                 * @function getTypeUrl
                 * @memberof nrn.trainingset.v1.QueryVersionsResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryVersionsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.trainingset.v1.QueryVersionsResponse";
                };

                return QueryVersionsResponse;
            })();

            v1.ProposalWithVotes = (function() {

                /**
                 * Properties of a ProposalWithVotes.
                 * @memberof nrn.trainingset.v1
                 * @interface IProposalWithVotes
                 * @property {nrn.trainingset.v1.IDeltaProposal|null} [proposal] ProposalWithVotes proposal
                 * @property {Array.<nrn.trainingset.v1.IVote>|null} [votes] ProposalWithVotes votes
                 */

                /**
                 * Constructs a new ProposalWithVotes.
                 * @memberof nrn.trainingset.v1
                 * @classdesc Represents a ProposalWithVotes.
                 * @implements IProposalWithVotes
                 * @constructor
                 * @param {nrn.trainingset.v1.IProposalWithVotes=} [properties] Properties to set
                 */
                function ProposalWithVotes(properties) {
                    this.votes = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ProposalWithVotes proposal.
                 * @member {nrn.trainingset.v1.IDeltaProposal|null|undefined} proposal
                 * @memberof nrn.trainingset.v1.ProposalWithVotes
                 * @instance
                 */
                ProposalWithVotes.prototype.proposal = null;

                /**
                 * ProposalWithVotes votes.
                 * @member {Array.<nrn.trainingset.v1.IVote>} votes
                 * @memberof nrn.trainingset.v1.ProposalWithVotes
                 * @instance
                 */
                ProposalWithVotes.prototype.votes = $util.emptyArray;

                /**
                 * Creates a new ProposalWithVotes instance using the specified properties.
                 * @function create
                 * @memberof nrn.trainingset.v1.ProposalWithVotes
                 * @static
                 * @param {nrn.trainingset.v1.IProposalWithVotes=} [properties] Properties to set
                 * @returns {nrn.trainingset.v1.ProposalWithVotes} ProposalWithVotes instance
                 */
                ProposalWithVotes.create = function create(properties) {
                    return new ProposalWithVotes(properties);
                };

                /**
                 * Encodes the specified ProposalWithVotes message. Does not implicitly {@link nrn.trainingset.v1.ProposalWithVotes.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.trainingset.v1.ProposalWithVotes
                 * @static
                 * @param {nrn.trainingset.v1.IProposalWithVotes} message ProposalWithVotes message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ProposalWithVotes.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.proposal != null && Object.hasOwnProperty.call(message, "proposal"))
                        $root.nrn.trainingset.v1.DeltaProposal.encode(message.proposal, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (message.votes != null && message.votes.length)
                        for (let i = 0; i < message.votes.length; ++i)
                            $root.nrn.trainingset.v1.Vote.encode(message.votes[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a ProposalWithVotes message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.trainingset.v1.ProposalWithVotes
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.trainingset.v1.ProposalWithVotes} ProposalWithVotes
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ProposalWithVotes.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.trainingset.v1.ProposalWithVotes();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.proposal = $root.nrn.trainingset.v1.DeltaProposal.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 2: {
                                if (!(message.votes && message.votes.length))
                                    message.votes = [];
                                message.votes.push($root.nrn.trainingset.v1.Vote.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for ProposalWithVotes
                 * @function getTypeUrl
                 * @memberof nrn.trainingset.v1.ProposalWithVotes
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ProposalWithVotes.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.trainingset.v1.ProposalWithVotes";
                };

                return ProposalWithVotes;
            })();

            v1.QueryProposalsRequest = (function() {

                /**
                 * Properties of a QueryProposalsRequest.
                 * @memberof nrn.trainingset.v1
                 * @interface IQueryProposalsRequest
                 * @property {number|null} [group_id] QueryProposalsRequest group_id
                 */

                /**
                 * Constructs a new QueryProposalsRequest.
                 * @memberof nrn.trainingset.v1
                 * @classdesc Represents a QueryProposalsRequest.
                 * @implements IQueryProposalsRequest
                 * @constructor
                 * @param {nrn.trainingset.v1.IQueryProposalsRequest=} [properties] Properties to set
                 */
                function QueryProposalsRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryProposalsRequest group_id.
                 * @member {number} group_id
                 * @memberof nrn.trainingset.v1.QueryProposalsRequest
                 * @instance
                 */
                QueryProposalsRequest.prototype.group_id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new QueryProposalsRequest instance using the specified properties.
                 * @function create
                 * @memberof nrn.trainingset.v1.QueryProposalsRequest
                 * @static
                 * @param {nrn.trainingset.v1.IQueryProposalsRequest=} [properties] Properties to set
                 * @returns {nrn.trainingset.v1.QueryProposalsRequest} QueryProposalsRequest instance
                 */
                QueryProposalsRequest.create = function create(properties) {
                    return new QueryProposalsRequest(properties);
                };

                /**
                 * Encodes the specified QueryProposalsRequest message. Does not implicitly {@link nrn.trainingset.v1.QueryProposalsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.trainingset.v1.QueryProposalsRequest
                 * @static
                 * @param {nrn.trainingset.v1.IQueryProposalsRequest} message QueryProposalsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryProposalsRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.group_id != null && Object.hasOwnProperty.call(message, "group_id"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.group_id);
                    return writer;
                };

                /**
                 * Decodes a QueryProposalsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.trainingset.v1.QueryProposalsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.trainingset.v1.QueryProposalsRequest} QueryProposalsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryProposalsRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.trainingset.v1.QueryProposalsRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.group_id = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryProposalsRequest
                 * @function getTypeUrl
                 * @memberof nrn.trainingset.v1.QueryProposalsRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryProposalsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.trainingset.v1.QueryProposalsRequest";
                };

                return QueryProposalsRequest;
            })();

            v1.QueryProposalsResponse = (function() {

                /**
                 * Properties of a QueryProposalsResponse.
                 * @memberof nrn.trainingset.v1
                 * @interface IQueryProposalsResponse
                 * @property {Array.<nrn.trainingset.v1.IProposalWithVotes>|null} [proposals] QueryProposalsResponse proposals
                 */

                /**
                 * Constructs a new QueryProposalsResponse.
                 * @memberof nrn.trainingset.v1
                 * @classdesc Represents a QueryProposalsResponse.
                 * @implements IQueryProposalsResponse
                 * @constructor
                 * @param {nrn.trainingset.v1.IQueryProposalsResponse=} [properties] Properties to set
                 */
                function QueryProposalsResponse(properties) {
                    this.proposals = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryProposalsResponse proposals.
                 * @member {Array.<nrn.trainingset.v1.IProposalWithVotes>} proposals
                 * @memberof nrn.trainingset.v1.QueryProposalsResponse
                 * @instance
                 */
                QueryProposalsResponse.prototype.proposals = $util.emptyArray;

                /**
                 * Creates a new QueryProposalsResponse instance using the specified properties.
                 * @function create
                 * @memberof nrn.trainingset.v1.QueryProposalsResponse
                 * @static
                 * @param {nrn.trainingset.v1.IQueryProposalsResponse=} [properties] Properties to set
                 * @returns {nrn.trainingset.v1.QueryProposalsResponse} QueryProposalsResponse instance
                 */
                QueryProposalsResponse.create = function create(properties) {
                    return new QueryProposalsResponse(properties);
                };

                /**
                 * Encodes the specified QueryProposalsResponse message. Does not implicitly {@link nrn.trainingset.v1.QueryProposalsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.trainingset.v1.QueryProposalsResponse
                 * @static
                 * @param {nrn.trainingset.v1.IQueryProposalsResponse} message QueryProposalsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryProposalsResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.proposals != null && message.proposals.length)
                        for (let i = 0; i < message.proposals.length; ++i)
                            $root.nrn.trainingset.v1.ProposalWithVotes.encode(message.proposals[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryProposalsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.trainingset.v1.QueryProposalsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.trainingset.v1.QueryProposalsResponse} QueryProposalsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryProposalsResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.trainingset.v1.QueryProposalsResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                if (!(message.proposals && message.proposals.length))
                                    message.proposals = [];
                                message.proposals.push($root.nrn.trainingset.v1.ProposalWithVotes.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryProposalsResponse
                 * @function getTypeUrl
                 * @memberof nrn.trainingset.v1.QueryProposalsResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryProposalsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.trainingset.v1.QueryProposalsResponse";
                };

                return QueryProposalsResponse;
            })();

            v1.ParamsProposalWithVotes = (function() {

                /**
                 * Properties of a ParamsProposalWithVotes.
                 * @memberof nrn.trainingset.v1
                 * @interface IParamsProposalWithVotes
                 * @property {nrn.trainingset.v1.IParamsProposal|null} [proposal] ParamsProposalWithVotes proposal
                 * @property {Array.<nrn.trainingset.v1.IVote>|null} [votes] ParamsProposalWithVotes votes
                 */

                /**
                 * Constructs a new ParamsProposalWithVotes.
                 * @memberof nrn.trainingset.v1
                 * @classdesc Represents a ParamsProposalWithVotes.
                 * @implements IParamsProposalWithVotes
                 * @constructor
                 * @param {nrn.trainingset.v1.IParamsProposalWithVotes=} [properties] Properties to set
                 */
                function ParamsProposalWithVotes(properties) {
                    this.votes = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ParamsProposalWithVotes proposal.
                 * @member {nrn.trainingset.v1.IParamsProposal|null|undefined} proposal
                 * @memberof nrn.trainingset.v1.ParamsProposalWithVotes
                 * @instance
                 */
                ParamsProposalWithVotes.prototype.proposal = null;

                /**
                 * ParamsProposalWithVotes votes.
                 * @member {Array.<nrn.trainingset.v1.IVote>} votes
                 * @memberof nrn.trainingset.v1.ParamsProposalWithVotes
                 * @instance
                 */
                ParamsProposalWithVotes.prototype.votes = $util.emptyArray;

                /**
                 * Creates a new ParamsProposalWithVotes instance using the specified properties.
                 * @function create
                 * @memberof nrn.trainingset.v1.ParamsProposalWithVotes
                 * @static
                 * @param {nrn.trainingset.v1.IParamsProposalWithVotes=} [properties] Properties to set
                 * @returns {nrn.trainingset.v1.ParamsProposalWithVotes} ParamsProposalWithVotes instance
                 */
                ParamsProposalWithVotes.create = function create(properties) {
                    return new ParamsProposalWithVotes(properties);
                };

                /**
                 * Encodes the specified ParamsProposalWithVotes message. Does not implicitly {@link nrn.trainingset.v1.ParamsProposalWithVotes.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.trainingset.v1.ParamsProposalWithVotes
                 * @static
                 * @param {nrn.trainingset.v1.IParamsProposalWithVotes} message ParamsProposalWithVotes message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ParamsProposalWithVotes.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.proposal != null && Object.hasOwnProperty.call(message, "proposal"))
                        $root.nrn.trainingset.v1.ParamsProposal.encode(message.proposal, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (message.votes != null && message.votes.length)
                        for (let i = 0; i < message.votes.length; ++i)
                            $root.nrn.trainingset.v1.Vote.encode(message.votes[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a ParamsProposalWithVotes message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.trainingset.v1.ParamsProposalWithVotes
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.trainingset.v1.ParamsProposalWithVotes} ParamsProposalWithVotes
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ParamsProposalWithVotes.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.trainingset.v1.ParamsProposalWithVotes();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.proposal = $root.nrn.trainingset.v1.ParamsProposal.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 2: {
                                if (!(message.votes && message.votes.length))
                                    message.votes = [];
                                message.votes.push($root.nrn.trainingset.v1.Vote.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for ParamsProposalWithVotes
                 * @function getTypeUrl
                 * @memberof nrn.trainingset.v1.ParamsProposalWithVotes
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ParamsProposalWithVotes.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.trainingset.v1.ParamsProposalWithVotes";
                };

                return ParamsProposalWithVotes;
            })();

            v1.QueryParamsProposalsRequest = (function() {

                /**
                 * Properties of a QueryParamsProposalsRequest.
                 * @memberof nrn.trainingset.v1
                 * @interface IQueryParamsProposalsRequest
                 * @property {number|null} [group_id] QueryParamsProposalsRequest group_id
                 */

                /**
                 * Constructs a new QueryParamsProposalsRequest.
                 * @memberof nrn.trainingset.v1
                 * @classdesc Represents a QueryParamsProposalsRequest.
                 * @implements IQueryParamsProposalsRequest
                 * @constructor
                 * @param {nrn.trainingset.v1.IQueryParamsProposalsRequest=} [properties] Properties to set
                 */
                function QueryParamsProposalsRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryParamsProposalsRequest group_id.
                 * @member {number} group_id
                 * @memberof nrn.trainingset.v1.QueryParamsProposalsRequest
                 * @instance
                 */
                QueryParamsProposalsRequest.prototype.group_id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new QueryParamsProposalsRequest instance using the specified properties.
                 * @function create
                 * @memberof nrn.trainingset.v1.QueryParamsProposalsRequest
                 * @static
                 * @param {nrn.trainingset.v1.IQueryParamsProposalsRequest=} [properties] Properties to set
                 * @returns {nrn.trainingset.v1.QueryParamsProposalsRequest} QueryParamsProposalsRequest instance
                 */
                QueryParamsProposalsRequest.create = function create(properties) {
                    return new QueryParamsProposalsRequest(properties);
                };

                /**
                 * Encodes the specified QueryParamsProposalsRequest message. Does not implicitly {@link nrn.trainingset.v1.QueryParamsProposalsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.trainingset.v1.QueryParamsProposalsRequest
                 * @static
                 * @param {nrn.trainingset.v1.IQueryParamsProposalsRequest} message QueryParamsProposalsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryParamsProposalsRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.group_id != null && Object.hasOwnProperty.call(message, "group_id"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.group_id);
                    return writer;
                };

                /**
                 * Decodes a QueryParamsProposalsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.trainingset.v1.QueryParamsProposalsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.trainingset.v1.QueryParamsProposalsRequest} QueryParamsProposalsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryParamsProposalsRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.trainingset.v1.QueryParamsProposalsRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.group_id = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryParamsProposalsRequest
                 * @function getTypeUrl
                 * @memberof nrn.trainingset.v1.QueryParamsProposalsRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryParamsProposalsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.trainingset.v1.QueryParamsProposalsRequest";
                };

                return QueryParamsProposalsRequest;
            })();

            v1.QueryParamsProposalsResponse = (function() {

                /**
                 * Properties of a QueryParamsProposalsResponse.
                 * @memberof nrn.trainingset.v1
                 * @interface IQueryParamsProposalsResponse
                 * @property {Array.<nrn.trainingset.v1.IParamsProposalWithVotes>|null} [proposals] QueryParamsProposalsResponse proposals
                 */

                /**
                 * Constructs a new QueryParamsProposalsResponse.
                 * @memberof nrn.trainingset.v1
                 * @classdesc Represents a QueryParamsProposalsResponse.
                 * @implements IQueryParamsProposalsResponse
                 * @constructor
                 * @param {nrn.trainingset.v1.IQueryParamsProposalsResponse=} [properties] Properties to set
                 */
                function QueryParamsProposalsResponse(properties) {
                    this.proposals = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryParamsProposalsResponse proposals.
                 * @member {Array.<nrn.trainingset.v1.IParamsProposalWithVotes>} proposals
                 * @memberof nrn.trainingset.v1.QueryParamsProposalsResponse
                 * @instance
                 */
                QueryParamsProposalsResponse.prototype.proposals = $util.emptyArray;

                /**
                 * Creates a new QueryParamsProposalsResponse instance using the specified properties.
                 * @function create
                 * @memberof nrn.trainingset.v1.QueryParamsProposalsResponse
                 * @static
                 * @param {nrn.trainingset.v1.IQueryParamsProposalsResponse=} [properties] Properties to set
                 * @returns {nrn.trainingset.v1.QueryParamsProposalsResponse} QueryParamsProposalsResponse instance
                 */
                QueryParamsProposalsResponse.create = function create(properties) {
                    return new QueryParamsProposalsResponse(properties);
                };

                /**
                 * Encodes the specified QueryParamsProposalsResponse message. Does not implicitly {@link nrn.trainingset.v1.QueryParamsProposalsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.trainingset.v1.QueryParamsProposalsResponse
                 * @static
                 * @param {nrn.trainingset.v1.IQueryParamsProposalsResponse} message QueryParamsProposalsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryParamsProposalsResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.proposals != null && message.proposals.length)
                        for (let i = 0; i < message.proposals.length; ++i)
                            $root.nrn.trainingset.v1.ParamsProposalWithVotes.encode(message.proposals[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryParamsProposalsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.trainingset.v1.QueryParamsProposalsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.trainingset.v1.QueryParamsProposalsResponse} QueryParamsProposalsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryParamsProposalsResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.trainingset.v1.QueryParamsProposalsResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                if (!(message.proposals && message.proposals.length))
                                    message.proposals = [];
                                message.proposals.push($root.nrn.trainingset.v1.ParamsProposalWithVotes.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryParamsProposalsResponse
                 * @function getTypeUrl
                 * @memberof nrn.trainingset.v1.QueryParamsProposalsResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryParamsProposalsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.trainingset.v1.QueryParamsProposalsResponse";
                };

                return QueryParamsProposalsResponse;
            })();

            v1.QueryBondRequest = (function() {

                /**
                 * Properties of a QueryBondRequest.
                 * @memberof nrn.trainingset.v1
                 * @interface IQueryBondRequest
                 * @property {number|null} [group_id] QueryBondRequest group_id
                 * @property {string|null} [staker] QueryBondRequest staker
                 */

                /**
                 * Constructs a new QueryBondRequest.
                 * @memberof nrn.trainingset.v1
                 * @classdesc Represents a QueryBondRequest.
                 * @implements IQueryBondRequest
                 * @constructor
                 * @param {nrn.trainingset.v1.IQueryBondRequest=} [properties] Properties to set
                 */
                function QueryBondRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryBondRequest group_id.
                 * @member {number} group_id
                 * @memberof nrn.trainingset.v1.QueryBondRequest
                 * @instance
                 */
                QueryBondRequest.prototype.group_id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * QueryBondRequest staker.
                 * @member {string} staker
                 * @memberof nrn.trainingset.v1.QueryBondRequest
                 * @instance
                 */
                QueryBondRequest.prototype.staker = "";

                /**
                 * Creates a new QueryBondRequest instance using the specified properties.
                 * @function create
                 * @memberof nrn.trainingset.v1.QueryBondRequest
                 * @static
                 * @param {nrn.trainingset.v1.IQueryBondRequest=} [properties] Properties to set
                 * @returns {nrn.trainingset.v1.QueryBondRequest} QueryBondRequest instance
                 */
                QueryBondRequest.create = function create(properties) {
                    return new QueryBondRequest(properties);
                };

                /**
                 * Encodes the specified QueryBondRequest message. Does not implicitly {@link nrn.trainingset.v1.QueryBondRequest.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.trainingset.v1.QueryBondRequest
                 * @static
                 * @param {nrn.trainingset.v1.IQueryBondRequest} message QueryBondRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryBondRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.group_id != null && Object.hasOwnProperty.call(message, "group_id"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.group_id);
                    if (message.staker != null && Object.hasOwnProperty.call(message, "staker"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.staker);
                    return writer;
                };

                /**
                 * Decodes a QueryBondRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.trainingset.v1.QueryBondRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.trainingset.v1.QueryBondRequest} QueryBondRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryBondRequest.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.trainingset.v1.QueryBondRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.group_id = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.staker = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryBondRequest
                 * @function getTypeUrl
                 * @memberof nrn.trainingset.v1.QueryBondRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryBondRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.trainingset.v1.QueryBondRequest";
                };

                return QueryBondRequest;
            })();

            v1.QueryBondResponse = (function() {

                /**
                 * Properties of a QueryBondResponse.
                 * @memberof nrn.trainingset.v1
                 * @interface IQueryBondResponse
                 * @property {string|null} [bond] QueryBondResponse bond
                 * @property {Array.<nrn.trainingset.v1.IUnbonding>|null} [unbonding] QueryBondResponse unbonding
                 */

                /**
                 * Constructs a new QueryBondResponse.
                 * @memberof nrn.trainingset.v1
                 * @classdesc Represents a QueryBondResponse.
                 * @implements IQueryBondResponse
                 * @constructor
                 * @param {nrn.trainingset.v1.IQueryBondResponse=} [properties] Properties to set
                 */
                function QueryBondResponse(properties) {
                    this.unbonding = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryBondResponse bond.
                 * @member {string} bond
                 * @memberof nrn.trainingset.v1.QueryBondResponse
                 * @instance
                 */
                QueryBondResponse.prototype.bond = "";

                /**
                 * QueryBondResponse unbonding.
                 * @member {Array.<nrn.trainingset.v1.IUnbonding>} unbonding
                 * @memberof nrn.trainingset.v1.QueryBondResponse
                 * @instance
                 */
                QueryBondResponse.prototype.unbonding = $util.emptyArray;

                /**
                 * Creates a new QueryBondResponse instance using the specified properties.
                 * @function create
                 * @memberof nrn.trainingset.v1.QueryBondResponse
                 * @static
                 * @param {nrn.trainingset.v1.IQueryBondResponse=} [properties] Properties to set
                 * @returns {nrn.trainingset.v1.QueryBondResponse} QueryBondResponse instance
                 */
                QueryBondResponse.create = function create(properties) {
                    return new QueryBondResponse(properties);
                };

                /**
                 * Encodes the specified QueryBondResponse message. Does not implicitly {@link nrn.trainingset.v1.QueryBondResponse.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.trainingset.v1.QueryBondResponse
                 * @static
                 * @param {nrn.trainingset.v1.IQueryBondResponse} message QueryBondResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryBondResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.bond != null && Object.hasOwnProperty.call(message, "bond"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.bond);
                    if (message.unbonding != null && message.unbonding.length)
                        for (let i = 0; i < message.unbonding.length; ++i)
                            $root.nrn.trainingset.v1.Unbonding.encode(message.unbonding[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryBondResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.trainingset.v1.QueryBondResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.trainingset.v1.QueryBondResponse} QueryBondResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryBondResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.trainingset.v1.QueryBondResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.bond = reader.string();
                                break;
                            }
                        case 2: {
                                if (!(message.unbonding && message.unbonding.length))
                                    message.unbonding = [];
                                message.unbonding.push($root.nrn.trainingset.v1.Unbonding.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for QueryBondResponse
                 * @function getTypeUrl
                 * @memberof nrn.trainingset.v1.QueryBondResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryBondResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.trainingset.v1.QueryBondResponse";
                };

                return QueryBondResponse;
            })();

            v1.TrainingConfig = (function() {

                /**
                 * Properties of a TrainingConfig.
                 * @memberof nrn.trainingset.v1
                 * @interface ITrainingConfig
                 * @property {string|null} [loss] TrainingConfig loss
                 * @property {string|null} [optimizer] TrainingConfig optimizer
                 * @property {number|null} [batch_size] TrainingConfig batch_size
                 * @property {number|null} [eval_sample_size] TrainingConfig eval_sample_size
                 * @property {number|null} [margin_micro] TrainingConfig margin_micro
                 */

                /**
                 * Constructs a new TrainingConfig.
                 * @memberof nrn.trainingset.v1
                 * @classdesc Represents a TrainingConfig.
                 * @implements ITrainingConfig
                 * @constructor
                 * @param {nrn.trainingset.v1.ITrainingConfig=} [properties] Properties to set
                 */
                function TrainingConfig(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * TrainingConfig loss.
                 * @member {string} loss
                 * @memberof nrn.trainingset.v1.TrainingConfig
                 * @instance
                 */
                TrainingConfig.prototype.loss = "";

                /**
                 * TrainingConfig optimizer.
                 * @member {string} optimizer
                 * @memberof nrn.trainingset.v1.TrainingConfig
                 * @instance
                 */
                TrainingConfig.prototype.optimizer = "";

                /**
                 * TrainingConfig batch_size.
                 * @member {number} batch_size
                 * @memberof nrn.trainingset.v1.TrainingConfig
                 * @instance
                 */
                TrainingConfig.prototype.batch_size = 0;

                /**
                 * TrainingConfig eval_sample_size.
                 * @member {number} eval_sample_size
                 * @memberof nrn.trainingset.v1.TrainingConfig
                 * @instance
                 */
                TrainingConfig.prototype.eval_sample_size = 0;

                /**
                 * TrainingConfig margin_micro.
                 * @member {number} margin_micro
                 * @memberof nrn.trainingset.v1.TrainingConfig
                 * @instance
                 */
                TrainingConfig.prototype.margin_micro = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new TrainingConfig instance using the specified properties.
                 * @function create
                 * @memberof nrn.trainingset.v1.TrainingConfig
                 * @static
                 * @param {nrn.trainingset.v1.ITrainingConfig=} [properties] Properties to set
                 * @returns {nrn.trainingset.v1.TrainingConfig} TrainingConfig instance
                 */
                TrainingConfig.create = function create(properties) {
                    return new TrainingConfig(properties);
                };

                /**
                 * Encodes the specified TrainingConfig message. Does not implicitly {@link nrn.trainingset.v1.TrainingConfig.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.trainingset.v1.TrainingConfig
                 * @static
                 * @param {nrn.trainingset.v1.ITrainingConfig} message TrainingConfig message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TrainingConfig.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.loss != null && Object.hasOwnProperty.call(message, "loss"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.loss);
                    if (message.optimizer != null && Object.hasOwnProperty.call(message, "optimizer"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.optimizer);
                    if (message.batch_size != null && Object.hasOwnProperty.call(message, "batch_size"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.batch_size);
                    if (message.eval_sample_size != null && Object.hasOwnProperty.call(message, "eval_sample_size"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.eval_sample_size);
                    if (message.margin_micro != null && Object.hasOwnProperty.call(message, "margin_micro"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.margin_micro);
                    return writer;
                };

                /**
                 * Decodes a TrainingConfig message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.trainingset.v1.TrainingConfig
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.trainingset.v1.TrainingConfig} TrainingConfig
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TrainingConfig.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.trainingset.v1.TrainingConfig();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.loss = reader.string();
                                break;
                            }
                        case 2: {
                                message.optimizer = reader.string();
                                break;
                            }
                        case 3: {
                                message.batch_size = reader.uint32();
                                break;
                            }
                        case 4: {
                                message.eval_sample_size = reader.uint32();
                                break;
                            }
                        case 5: {
                                message.margin_micro = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for TrainingConfig
                 * @function getTypeUrl
                 * @memberof nrn.trainingset.v1.TrainingConfig
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                TrainingConfig.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.trainingset.v1.TrainingConfig";
                };

                return TrainingConfig;
            })();

            v1.Group = (function() {

                /**
                 * Properties of a Group.
                 * @memberof nrn.trainingset.v1
                 * @interface IGroup
                 * @property {number|null} [id] Group id
                 * @property {string|null} [name] Group name
                 * @property {string|null} [creator] Group creator
                 * @property {string|null} [model_spec_cid] Group model_spec_cid
                 * @property {nrn.trainingset.v1.ITrainingConfig|null} [training_config] Group training_config
                 * @property {string|null} [initial_dataset_cid] Group initial_dataset_cid
                 * @property {number|null} [epoch_length_seconds] Group epoch_length_seconds
                 * @property {number|null} [training_round_seconds] Group training_round_seconds
                 * @property {string|null} [deposit] Group deposit
                 * @property {number|null} [epoch] Group epoch
                 * @property {number|null} [epoch_start_ms] Group epoch_start_ms
                 * @property {number|null} [version_number] Group version_number
                 * @property {string|null} [version] Group version
                 * @property {string|null} [dataset_cid] Group dataset_cid
                 * @property {string|null} [total_bond] Group total_bond
                 * @property {number|null} [forked_from] Group forked_from
                 * @property {number|null} [created_height] Group created_height
                 */

                /**
                 * Constructs a new Group.
                 * @memberof nrn.trainingset.v1
                 * @classdesc Represents a Group.
                 * @implements IGroup
                 * @constructor
                 * @param {nrn.trainingset.v1.IGroup=} [properties] Properties to set
                 */
                function Group(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Group id.
                 * @member {number} id
                 * @memberof nrn.trainingset.v1.Group
                 * @instance
                 */
                Group.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Group name.
                 * @member {string} name
                 * @memberof nrn.trainingset.v1.Group
                 * @instance
                 */
                Group.prototype.name = "";

                /**
                 * Group creator.
                 * @member {string} creator
                 * @memberof nrn.trainingset.v1.Group
                 * @instance
                 */
                Group.prototype.creator = "";

                /**
                 * Group model_spec_cid.
                 * @member {string} model_spec_cid
                 * @memberof nrn.trainingset.v1.Group
                 * @instance
                 */
                Group.prototype.model_spec_cid = "";

                /**
                 * Group training_config.
                 * @member {nrn.trainingset.v1.ITrainingConfig|null|undefined} training_config
                 * @memberof nrn.trainingset.v1.Group
                 * @instance
                 */
                Group.prototype.training_config = null;

                /**
                 * Group initial_dataset_cid.
                 * @member {string} initial_dataset_cid
                 * @memberof nrn.trainingset.v1.Group
                 * @instance
                 */
                Group.prototype.initial_dataset_cid = "";

                /**
                 * Group epoch_length_seconds.
                 * @member {number} epoch_length_seconds
                 * @memberof nrn.trainingset.v1.Group
                 * @instance
                 */
                Group.prototype.epoch_length_seconds = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Group training_round_seconds.
                 * @member {number} training_round_seconds
                 * @memberof nrn.trainingset.v1.Group
                 * @instance
                 */
                Group.prototype.training_round_seconds = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Group deposit.
                 * @member {string} deposit
                 * @memberof nrn.trainingset.v1.Group
                 * @instance
                 */
                Group.prototype.deposit = "";

                /**
                 * Group epoch.
                 * @member {number} epoch
                 * @memberof nrn.trainingset.v1.Group
                 * @instance
                 */
                Group.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Group epoch_start_ms.
                 * @member {number} epoch_start_ms
                 * @memberof nrn.trainingset.v1.Group
                 * @instance
                 */
                Group.prototype.epoch_start_ms = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Group version_number.
                 * @member {number} version_number
                 * @memberof nrn.trainingset.v1.Group
                 * @instance
                 */
                Group.prototype.version_number = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Group version.
                 * @member {string} version
                 * @memberof nrn.trainingset.v1.Group
                 * @instance
                 */
                Group.prototype.version = "";

                /**
                 * Group dataset_cid.
                 * @member {string} dataset_cid
                 * @memberof nrn.trainingset.v1.Group
                 * @instance
                 */
                Group.prototype.dataset_cid = "";

                /**
                 * Group total_bond.
                 * @member {string} total_bond
                 * @memberof nrn.trainingset.v1.Group
                 * @instance
                 */
                Group.prototype.total_bond = "";

                /**
                 * Group forked_from.
                 * @member {number} forked_from
                 * @memberof nrn.trainingset.v1.Group
                 * @instance
                 */
                Group.prototype.forked_from = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Group created_height.
                 * @member {number} created_height
                 * @memberof nrn.trainingset.v1.Group
                 * @instance
                 */
                Group.prototype.created_height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Group instance using the specified properties.
                 * @function create
                 * @memberof nrn.trainingset.v1.Group
                 * @static
                 * @param {nrn.trainingset.v1.IGroup=} [properties] Properties to set
                 * @returns {nrn.trainingset.v1.Group} Group instance
                 */
                Group.create = function create(properties) {
                    return new Group(properties);
                };

                /**
                 * Encodes the specified Group message. Does not implicitly {@link nrn.trainingset.v1.Group.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.trainingset.v1.Group
                 * @static
                 * @param {nrn.trainingset.v1.IGroup} message Group message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Group.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                    if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                    if (message.creator != null && Object.hasOwnProperty.call(message, "creator"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.creator);
                    if (message.model_spec_cid != null && Object.hasOwnProperty.call(message, "model_spec_cid"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.model_spec_cid);
                    if (message.training_config != null && Object.hasOwnProperty.call(message, "training_config"))
                        $root.nrn.trainingset.v1.TrainingConfig.encode(message.training_config, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                    if (message.initial_dataset_cid != null && Object.hasOwnProperty.call(message, "initial_dataset_cid"))
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.initial_dataset_cid);
                    if (message.epoch_length_seconds != null && Object.hasOwnProperty.call(message, "epoch_length_seconds"))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.epoch_length_seconds);
                    if (message.training_round_seconds != null && Object.hasOwnProperty.call(message, "training_round_seconds"))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.training_round_seconds);
                    if (message.deposit != null && Object.hasOwnProperty.call(message, "deposit"))
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.deposit);
                    if (message.epoch != null && Object.hasOwnProperty.call(message, "epoch"))
                        writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.epoch);
                    if (message.epoch_start_ms != null && Object.hasOwnProperty.call(message, "epoch_start_ms"))
                        writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.epoch_start_ms);
                    if (message.version_number != null && Object.hasOwnProperty.call(message, "version_number"))
                        writer.uint32(/* id 12, wireType 0 =*/96).uint64(message.version_number);
                    if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                        writer.uint32(/* id 13, wireType 2 =*/106).string(message.version);
                    if (message.dataset_cid != null && Object.hasOwnProperty.call(message, "dataset_cid"))
                        writer.uint32(/* id 14, wireType 2 =*/114).string(message.dataset_cid);
                    if (message.total_bond != null && Object.hasOwnProperty.call(message, "total_bond"))
                        writer.uint32(/* id 15, wireType 2 =*/122).string(message.total_bond);
                    if (message.forked_from != null && Object.hasOwnProperty.call(message, "forked_from"))
                        writer.uint32(/* id 16, wireType 0 =*/128).uint64(message.forked_from);
                    if (message.created_height != null && Object.hasOwnProperty.call(message, "created_height"))
                        writer.uint32(/* id 17, wireType 0 =*/136).uint64(message.created_height);
                    return writer;
                };

                /**
                 * Decodes a Group message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.trainingset.v1.Group
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.trainingset.v1.Group} Group
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Group.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.trainingset.v1.Group();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.id = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.name = reader.string();
                                break;
                            }
                        case 3: {
                                message.creator = reader.string();
                                break;
                            }
                        case 4: {
                                message.model_spec_cid = reader.string();
                                break;
                            }
                        case 5: {
                                message.training_config = $root.nrn.trainingset.v1.TrainingConfig.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 6: {
                                message.initial_dataset_cid = reader.string();
                                break;
                            }
                        case 7: {
                                message.epoch_length_seconds = reader.uint64();
                                break;
                            }
                        case 8: {
                                message.training_round_seconds = reader.uint64();
                                break;
                            }
                        case 9: {
                                message.deposit = reader.string();
                                break;
                            }
                        case 10: {
                                message.epoch = reader.uint64();
                                break;
                            }
                        case 11: {
                                message.epoch_start_ms = reader.uint64();
                                break;
                            }
                        case 12: {
                                message.version_number = reader.uint64();
                                break;
                            }
                        case 13: {
                                message.version = reader.string();
                                break;
                            }
                        case 14: {
                                message.dataset_cid = reader.string();
                                break;
                            }
                        case 15: {
                                message.total_bond = reader.string();
                                break;
                            }
                        case 16: {
                                message.forked_from = reader.uint64();
                                break;
                            }
                        case 17: {
                                message.created_height = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for Group
                 * @function getTypeUrl
                 * @memberof nrn.trainingset.v1.Group
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Group.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.trainingset.v1.Group";
                };

                return Group;
            })();

            v1.VersionRecord = (function() {

                /**
                 * Properties of a VersionRecord.
                 * @memberof nrn.trainingset.v1
                 * @interface IVersionRecord
                 * @property {number|null} [group_id] VersionRecord group_id
                 * @property {number|null} [number] VersionRecord number
                 * @property {string|null} [version] VersionRecord version
                 * @property {string|null} [parent_version] VersionRecord parent_version
                 * @property {string|null} [delta_cid] VersionRecord delta_cid
                 * @property {string|null} [dataset_cid] VersionRecord dataset_cid
                 * @property {number|null} [proposal_id] VersionRecord proposal_id
                 * @property {string|null} [proposer] VersionRecord proposer
                 * @property {number|null} [epoch] VersionRecord epoch
                 * @property {number|null} [height] VersionRecord height
                 * @property {number|null} [time_ms] VersionRecord time_ms
                 */

                /**
                 * Constructs a new VersionRecord.
                 * @memberof nrn.trainingset.v1
                 * @classdesc Represents a VersionRecord.
                 * @implements IVersionRecord
                 * @constructor
                 * @param {nrn.trainingset.v1.IVersionRecord=} [properties] Properties to set
                 */
                function VersionRecord(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * VersionRecord group_id.
                 * @member {number} group_id
                 * @memberof nrn.trainingset.v1.VersionRecord
                 * @instance
                 */
                VersionRecord.prototype.group_id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * VersionRecord number.
                 * @member {number} number
                 * @memberof nrn.trainingset.v1.VersionRecord
                 * @instance
                 */
                VersionRecord.prototype.number = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * VersionRecord version.
                 * @member {string} version
                 * @memberof nrn.trainingset.v1.VersionRecord
                 * @instance
                 */
                VersionRecord.prototype.version = "";

                /**
                 * VersionRecord parent_version.
                 * @member {string} parent_version
                 * @memberof nrn.trainingset.v1.VersionRecord
                 * @instance
                 */
                VersionRecord.prototype.parent_version = "";

                /**
                 * VersionRecord delta_cid.
                 * @member {string} delta_cid
                 * @memberof nrn.trainingset.v1.VersionRecord
                 * @instance
                 */
                VersionRecord.prototype.delta_cid = "";

                /**
                 * VersionRecord dataset_cid.
                 * @member {string} dataset_cid
                 * @memberof nrn.trainingset.v1.VersionRecord
                 * @instance
                 */
                VersionRecord.prototype.dataset_cid = "";

                /**
                 * VersionRecord proposal_id.
                 * @member {number} proposal_id
                 * @memberof nrn.trainingset.v1.VersionRecord
                 * @instance
                 */
                VersionRecord.prototype.proposal_id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * VersionRecord proposer.
                 * @member {string} proposer
                 * @memberof nrn.trainingset.v1.VersionRecord
                 * @instance
                 */
                VersionRecord.prototype.proposer = "";

                /**
                 * VersionRecord epoch.
                 * @member {number} epoch
                 * @memberof nrn.trainingset.v1.VersionRecord
                 * @instance
                 */
                VersionRecord.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * VersionRecord height.
                 * @member {number} height
                 * @memberof nrn.trainingset.v1.VersionRecord
                 * @instance
                 */
                VersionRecord.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * VersionRecord time_ms.
                 * @member {number} time_ms
                 * @memberof nrn.trainingset.v1.VersionRecord
                 * @instance
                 */
                VersionRecord.prototype.time_ms = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new VersionRecord instance using the specified properties.
                 * @function create
                 * @memberof nrn.trainingset.v1.VersionRecord
                 * @static
                 * @param {nrn.trainingset.v1.IVersionRecord=} [properties] Properties to set
                 * @returns {nrn.trainingset.v1.VersionRecord} VersionRecord instance
                 */
                VersionRecord.create = function create(properties) {
                    return new VersionRecord(properties);
                };

                /**
                 * Encodes the specified VersionRecord message. Does not implicitly {@link nrn.trainingset.v1.VersionRecord.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.trainingset.v1.VersionRecord
                 * @static
                 * @param {nrn.trainingset.v1.IVersionRecord} message VersionRecord message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                VersionRecord.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.group_id != null && Object.hasOwnProperty.call(message, "group_id"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.group_id);
                    if (message.number != null && Object.hasOwnProperty.call(message, "number"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.number);
                    if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.version);
                    if (message.parent_version != null && Object.hasOwnProperty.call(message, "parent_version"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.parent_version);
                    if (message.delta_cid != null && Object.hasOwnProperty.call(message, "delta_cid"))
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.delta_cid);
                    if (message.dataset_cid != null && Object.hasOwnProperty.call(message, "dataset_cid"))
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.dataset_cid);
                    if (message.proposal_id != null && Object.hasOwnProperty.call(message, "proposal_id"))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.proposal_id);
                    if (message.proposer != null && Object.hasOwnProperty.call(message, "proposer"))
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.proposer);
                    if (message.epoch != null && Object.hasOwnProperty.call(message, "epoch"))
                        writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.epoch);
                    if (message.height != null && Object.hasOwnProperty.call(message, "height"))
                        writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.height);
                    if (message.time_ms != null && Object.hasOwnProperty.call(message, "time_ms"))
                        writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.time_ms);
                    return writer;
                };

                /**
                 * Decodes a VersionRecord message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.trainingset.v1.VersionRecord
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.trainingset.v1.VersionRecord} VersionRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                VersionRecord.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.trainingset.v1.VersionRecord();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.group_id = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.number = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.version = reader.string();
                                break;
                            }
                        case 4: {
                                message.parent_version = reader.string();
                                break;
                            }
                        case 5: {
                                message.delta_cid = reader.string();
                                break;
                            }
                        case 6: {
                                message.dataset_cid = reader.string();
                                break;
                            }
                        case 7: {
                                message.proposal_id = reader.uint64();
                                break;
                            }
                        case 8: {
                                message.proposer = reader.string();
                                break;
                            }
                        case 9: {
                                message.epoch = reader.uint64();
                                break;
                            }
                        case 10: {
                                message.height = reader.uint64();
                                break;
                            }
                        case 11: {
                                message.time_ms = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for VersionRecord
                 * @function getTypeUrl
                 * @memberof nrn.trainingset.v1.VersionRecord
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                VersionRecord.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.trainingset.v1.VersionRecord";
                };

                return VersionRecord;
            })();

            /**
             * VoteOption enum.
             * @name nrn.trainingset.v1.VoteOption
             * @enum {number}
             * @property {number} VOTE_OPTION_UNSPECIFIED=0 VOTE_OPTION_UNSPECIFIED value
             * @property {number} VOTE_OPTION_YES=1 VOTE_OPTION_YES value
             * @property {number} VOTE_OPTION_NO=2 VOTE_OPTION_NO value
             */
            v1.VoteOption = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "VOTE_OPTION_UNSPECIFIED"] = 0;
                values[valuesById[1] = "VOTE_OPTION_YES"] = 1;
                values[valuesById[2] = "VOTE_OPTION_NO"] = 2;
                return values;
            })();

            v1.Vote = (function() {

                /**
                 * Properties of a Vote.
                 * @memberof nrn.trainingset.v1
                 * @interface IVote
                 * @property {number|null} [proposal_id] Vote proposal_id
                 * @property {string|null} [voter] Vote voter
                 * @property {nrn.trainingset.v1.VoteOption|null} [option] Vote option
                 * @property {string|null} [weight] Vote weight
                 */

                /**
                 * Constructs a new Vote.
                 * @memberof nrn.trainingset.v1
                 * @classdesc Represents a Vote.
                 * @implements IVote
                 * @constructor
                 * @param {nrn.trainingset.v1.IVote=} [properties] Properties to set
                 */
                function Vote(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Vote proposal_id.
                 * @member {number} proposal_id
                 * @memberof nrn.trainingset.v1.Vote
                 * @instance
                 */
                Vote.prototype.proposal_id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Vote voter.
                 * @member {string} voter
                 * @memberof nrn.trainingset.v1.Vote
                 * @instance
                 */
                Vote.prototype.voter = "";

                /**
                 * Vote option.
                 * @member {nrn.trainingset.v1.VoteOption} option
                 * @memberof nrn.trainingset.v1.Vote
                 * @instance
                 */
                Vote.prototype.option = 0;

                /**
                 * Vote weight.
                 * @member {string} weight
                 * @memberof nrn.trainingset.v1.Vote
                 * @instance
                 */
                Vote.prototype.weight = "";

                /**
                 * Creates a new Vote instance using the specified properties.
                 * @function create
                 * @memberof nrn.trainingset.v1.Vote
                 * @static
                 * @param {nrn.trainingset.v1.IVote=} [properties] Properties to set
                 * @returns {nrn.trainingset.v1.Vote} Vote instance
                 */
                Vote.create = function create(properties) {
                    return new Vote(properties);
                };

                /**
                 * Encodes the specified Vote message. Does not implicitly {@link nrn.trainingset.v1.Vote.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.trainingset.v1.Vote
                 * @static
                 * @param {nrn.trainingset.v1.IVote} message Vote message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Vote.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.proposal_id != null && Object.hasOwnProperty.call(message, "proposal_id"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.proposal_id);
                    if (message.voter != null && Object.hasOwnProperty.call(message, "voter"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.voter);
                    if (message.option != null && Object.hasOwnProperty.call(message, "option"))
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.option);
                    if (message.weight != null && Object.hasOwnProperty.call(message, "weight"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.weight);
                    return writer;
                };

                /**
                 * Decodes a Vote message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.trainingset.v1.Vote
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.trainingset.v1.Vote} Vote
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Vote.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.trainingset.v1.Vote();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.proposal_id = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.voter = reader.string();
                                break;
                            }
                        case 3: {
                                message.option = reader.int32();
                                break;
                            }
                        case 4: {
                                message.weight = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for Vote
                 * @function getTypeUrl
                 * @memberof nrn.trainingset.v1.Vote
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Vote.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.trainingset.v1.Vote";
                };

                return Vote;
            })();

            v1.DeltaProposal = (function() {

                /**
                 * Properties of a DeltaProposal.
                 * @memberof nrn.trainingset.v1
                 * @interface IDeltaProposal
                 * @property {number|null} [id] DeltaProposal id
                 * @property {number|null} [group_id] DeltaProposal group_id
                 * @property {string|null} [proposer] DeltaProposal proposer
                 * @property {string|null} [parent_version] DeltaProposal parent_version
                 * @property {string|null} [delta_cid] DeltaProposal delta_cid
                 * @property {string|null} [result_cid] DeltaProposal result_cid
                 * @property {number|null} [epoch] DeltaProposal epoch
                 * @property {number|null} [height] DeltaProposal height
                 * @property {string|null} [yes_weight] DeltaProposal yes_weight
                 * @property {string|null} [no_weight] DeltaProposal no_weight
                 * @property {string|null} [status] DeltaProposal status
                 */

                /**
                 * Constructs a new DeltaProposal.
                 * @memberof nrn.trainingset.v1
                 * @classdesc Represents a DeltaProposal.
                 * @implements IDeltaProposal
                 * @constructor
                 * @param {nrn.trainingset.v1.IDeltaProposal=} [properties] Properties to set
                 */
                function DeltaProposal(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * DeltaProposal id.
                 * @member {number} id
                 * @memberof nrn.trainingset.v1.DeltaProposal
                 * @instance
                 */
                DeltaProposal.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * DeltaProposal group_id.
                 * @member {number} group_id
                 * @memberof nrn.trainingset.v1.DeltaProposal
                 * @instance
                 */
                DeltaProposal.prototype.group_id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * DeltaProposal proposer.
                 * @member {string} proposer
                 * @memberof nrn.trainingset.v1.DeltaProposal
                 * @instance
                 */
                DeltaProposal.prototype.proposer = "";

                /**
                 * DeltaProposal parent_version.
                 * @member {string} parent_version
                 * @memberof nrn.trainingset.v1.DeltaProposal
                 * @instance
                 */
                DeltaProposal.prototype.parent_version = "";

                /**
                 * DeltaProposal delta_cid.
                 * @member {string} delta_cid
                 * @memberof nrn.trainingset.v1.DeltaProposal
                 * @instance
                 */
                DeltaProposal.prototype.delta_cid = "";

                /**
                 * DeltaProposal result_cid.
                 * @member {string} result_cid
                 * @memberof nrn.trainingset.v1.DeltaProposal
                 * @instance
                 */
                DeltaProposal.prototype.result_cid = "";

                /**
                 * DeltaProposal epoch.
                 * @member {number} epoch
                 * @memberof nrn.trainingset.v1.DeltaProposal
                 * @instance
                 */
                DeltaProposal.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * DeltaProposal height.
                 * @member {number} height
                 * @memberof nrn.trainingset.v1.DeltaProposal
                 * @instance
                 */
                DeltaProposal.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * DeltaProposal yes_weight.
                 * @member {string} yes_weight
                 * @memberof nrn.trainingset.v1.DeltaProposal
                 * @instance
                 */
                DeltaProposal.prototype.yes_weight = "";

                /**
                 * DeltaProposal no_weight.
                 * @member {string} no_weight
                 * @memberof nrn.trainingset.v1.DeltaProposal
                 * @instance
                 */
                DeltaProposal.prototype.no_weight = "";

                /**
                 * DeltaProposal status.
                 * @member {string} status
                 * @memberof nrn.trainingset.v1.DeltaProposal
                 * @instance
                 */
                DeltaProposal.prototype.status = "";

                /**
                 * Creates a new DeltaProposal instance using the specified properties.
                 * @function create
                 * @memberof nrn.trainingset.v1.DeltaProposal
                 * @static
                 * @param {nrn.trainingset.v1.IDeltaProposal=} [properties] Properties to set
                 * @returns {nrn.trainingset.v1.DeltaProposal} DeltaProposal instance
                 */
                DeltaProposal.create = function create(properties) {
                    return new DeltaProposal(properties);
                };

                /**
                 * Encodes the specified DeltaProposal message. Does not implicitly {@link nrn.trainingset.v1.DeltaProposal.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.trainingset.v1.DeltaProposal
                 * @static
                 * @param {nrn.trainingset.v1.IDeltaProposal} message DeltaProposal message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                DeltaProposal.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                    if (message.group_id != null && Object.hasOwnProperty.call(message, "group_id"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.group_id);
                    if (message.proposer != null && Object.hasOwnProperty.call(message, "proposer"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.proposer);
                    if (message.parent_version != null && Object.hasOwnProperty.call(message, "parent_version"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.parent_version);
                    if (message.delta_cid != null && Object.hasOwnProperty.call(message, "delta_cid"))
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.delta_cid);
                    if (message.result_cid != null && Object.hasOwnProperty.call(message, "result_cid"))
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.result_cid);
                    if (message.epoch != null && Object.hasOwnProperty.call(message, "epoch"))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.epoch);
                    if (message.height != null && Object.hasOwnProperty.call(message, "height"))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.height);
                    if (message.yes_weight != null && Object.hasOwnProperty.call(message, "yes_weight"))
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.yes_weight);
                    if (message.no_weight != null && Object.hasOwnProperty.call(message, "no_weight"))
                        writer.uint32(/* id 10, wireType 2 =*/82).string(message.no_weight);
                    if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                        writer.uint32(/* id 11, wireType 2 =*/90).string(message.status);
                    return writer;
                };

                /**
                 * Decodes a DeltaProposal message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.trainingset.v1.DeltaProposal
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.trainingset.v1.DeltaProposal} DeltaProposal
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                DeltaProposal.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.trainingset.v1.DeltaProposal();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.id = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.group_id = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.proposer = reader.string();
                                break;
                            }
                        case 4: {
                                message.parent_version = reader.string();
                                break;
                            }
                        case 5: {
                                message.delta_cid = reader.string();
                                break;
                            }
                        case 6: {
                                message.result_cid = reader.string();
                                break;
                            }
                        case 7: {
                                message.epoch = reader.uint64();
                                break;
                            }
                        case 8: {
                                message.height = reader.uint64();
                                break;
                            }
                        case 9: {
                                message.yes_weight = reader.string();
                                break;
                            }
                        case 10: {
                                message.no_weight = reader.string();
                                break;
                            }
                        case 11: {
                                message.status = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for DeltaProposal
                 * @function getTypeUrl
                 * @memberof nrn.trainingset.v1.DeltaProposal
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                DeltaProposal.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.trainingset.v1.DeltaProposal";
                };

                return DeltaProposal;
            })();

            v1.ParamsProposal = (function() {

                /**
                 * Properties of a ParamsProposal.
                 * @memberof nrn.trainingset.v1
                 * @interface IParamsProposal
                 * @property {number|null} [id] ParamsProposal id
                 * @property {number|null} [group_id] ParamsProposal group_id
                 * @property {string|null} [proposer] ParamsProposal proposer
                 * @property {number|null} [epoch_length_seconds] ParamsProposal epoch_length_seconds
                 * @property {number|null} [epoch] ParamsProposal epoch
                 * @property {number|null} [height] ParamsProposal height
                 * @property {string|null} [yes_weight] ParamsProposal yes_weight
                 * @property {string|null} [no_weight] ParamsProposal no_weight
                 */

                /**
                 * Constructs a new ParamsProposal.
                 * @memberof nrn.trainingset.v1
                 * @classdesc Represents a ParamsProposal.
                 * @implements IParamsProposal
                 * @constructor
                 * @param {nrn.trainingset.v1.IParamsProposal=} [properties] Properties to set
                 */
                function ParamsProposal(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ParamsProposal id.
                 * @member {number} id
                 * @memberof nrn.trainingset.v1.ParamsProposal
                 * @instance
                 */
                ParamsProposal.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ParamsProposal group_id.
                 * @member {number} group_id
                 * @memberof nrn.trainingset.v1.ParamsProposal
                 * @instance
                 */
                ParamsProposal.prototype.group_id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ParamsProposal proposer.
                 * @member {string} proposer
                 * @memberof nrn.trainingset.v1.ParamsProposal
                 * @instance
                 */
                ParamsProposal.prototype.proposer = "";

                /**
                 * ParamsProposal epoch_length_seconds.
                 * @member {number} epoch_length_seconds
                 * @memberof nrn.trainingset.v1.ParamsProposal
                 * @instance
                 */
                ParamsProposal.prototype.epoch_length_seconds = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ParamsProposal epoch.
                 * @member {number} epoch
                 * @memberof nrn.trainingset.v1.ParamsProposal
                 * @instance
                 */
                ParamsProposal.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ParamsProposal height.
                 * @member {number} height
                 * @memberof nrn.trainingset.v1.ParamsProposal
                 * @instance
                 */
                ParamsProposal.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ParamsProposal yes_weight.
                 * @member {string} yes_weight
                 * @memberof nrn.trainingset.v1.ParamsProposal
                 * @instance
                 */
                ParamsProposal.prototype.yes_weight = "";

                /**
                 * ParamsProposal no_weight.
                 * @member {string} no_weight
                 * @memberof nrn.trainingset.v1.ParamsProposal
                 * @instance
                 */
                ParamsProposal.prototype.no_weight = "";

                /**
                 * Creates a new ParamsProposal instance using the specified properties.
                 * @function create
                 * @memberof nrn.trainingset.v1.ParamsProposal
                 * @static
                 * @param {nrn.trainingset.v1.IParamsProposal=} [properties] Properties to set
                 * @returns {nrn.trainingset.v1.ParamsProposal} ParamsProposal instance
                 */
                ParamsProposal.create = function create(properties) {
                    return new ParamsProposal(properties);
                };

                /**
                 * Encodes the specified ParamsProposal message. Does not implicitly {@link nrn.trainingset.v1.ParamsProposal.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.trainingset.v1.ParamsProposal
                 * @static
                 * @param {nrn.trainingset.v1.IParamsProposal} message ParamsProposal message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ParamsProposal.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                    if (message.group_id != null && Object.hasOwnProperty.call(message, "group_id"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.group_id);
                    if (message.proposer != null && Object.hasOwnProperty.call(message, "proposer"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.proposer);
                    if (message.epoch_length_seconds != null && Object.hasOwnProperty.call(message, "epoch_length_seconds"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.epoch_length_seconds);
                    if (message.epoch != null && Object.hasOwnProperty.call(message, "epoch"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.epoch);
                    if (message.height != null && Object.hasOwnProperty.call(message, "height"))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.height);
                    if (message.yes_weight != null && Object.hasOwnProperty.call(message, "yes_weight"))
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.yes_weight);
                    if (message.no_weight != null && Object.hasOwnProperty.call(message, "no_weight"))
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.no_weight);
                    return writer;
                };

                /**
                 * Decodes a ParamsProposal message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.trainingset.v1.ParamsProposal
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.trainingset.v1.ParamsProposal} ParamsProposal
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ParamsProposal.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.trainingset.v1.ParamsProposal();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.id = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.group_id = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.proposer = reader.string();
                                break;
                            }
                        case 4: {
                                message.epoch_length_seconds = reader.uint64();
                                break;
                            }
                        case 5: {
                                message.epoch = reader.uint64();
                                break;
                            }
                        case 6: {
                                message.height = reader.uint64();
                                break;
                            }
                        case 7: {
                                message.yes_weight = reader.string();
                                break;
                            }
                        case 8: {
                                message.no_weight = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for ParamsProposal
                 * @function getTypeUrl
                 * @memberof nrn.trainingset.v1.ParamsProposal
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ParamsProposal.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.trainingset.v1.ParamsProposal";
                };

                return ParamsProposal;
            })();

            v1.Unbonding = (function() {

                /**
                 * Properties of an Unbonding.
                 * @memberof nrn.trainingset.v1
                 * @interface IUnbonding
                 * @property {number|null} [group_id] Unbonding group_id
                 * @property {string|null} [staker] Unbonding staker
                 * @property {string|null} [amount] Unbonding amount
                 * @property {number|null} [completion_ms] Unbonding completion_ms
                 */

                /**
                 * Constructs a new Unbonding.
                 * @memberof nrn.trainingset.v1
                 * @classdesc Represents an Unbonding.
                 * @implements IUnbonding
                 * @constructor
                 * @param {nrn.trainingset.v1.IUnbonding=} [properties] Properties to set
                 */
                function Unbonding(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Unbonding group_id.
                 * @member {number} group_id
                 * @memberof nrn.trainingset.v1.Unbonding
                 * @instance
                 */
                Unbonding.prototype.group_id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Unbonding staker.
                 * @member {string} staker
                 * @memberof nrn.trainingset.v1.Unbonding
                 * @instance
                 */
                Unbonding.prototype.staker = "";

                /**
                 * Unbonding amount.
                 * @member {string} amount
                 * @memberof nrn.trainingset.v1.Unbonding
                 * @instance
                 */
                Unbonding.prototype.amount = "";

                /**
                 * Unbonding completion_ms.
                 * @member {number} completion_ms
                 * @memberof nrn.trainingset.v1.Unbonding
                 * @instance
                 */
                Unbonding.prototype.completion_ms = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Unbonding instance using the specified properties.
                 * @function create
                 * @memberof nrn.trainingset.v1.Unbonding
                 * @static
                 * @param {nrn.trainingset.v1.IUnbonding=} [properties] Properties to set
                 * @returns {nrn.trainingset.v1.Unbonding} Unbonding instance
                 */
                Unbonding.create = function create(properties) {
                    return new Unbonding(properties);
                };

                /**
                 * Encodes the specified Unbonding message. Does not implicitly {@link nrn.trainingset.v1.Unbonding.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.trainingset.v1.Unbonding
                 * @static
                 * @param {nrn.trainingset.v1.IUnbonding} message Unbonding message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Unbonding.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.group_id != null && Object.hasOwnProperty.call(message, "group_id"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.group_id);
                    if (message.staker != null && Object.hasOwnProperty.call(message, "staker"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.staker);
                    if (message.amount != null && Object.hasOwnProperty.call(message, "amount"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.amount);
                    if (message.completion_ms != null && Object.hasOwnProperty.call(message, "completion_ms"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.completion_ms);
                    return writer;
                };

                /**
                 * Decodes an Unbonding message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.trainingset.v1.Unbonding
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.trainingset.v1.Unbonding} Unbonding
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Unbonding.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.trainingset.v1.Unbonding();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.group_id = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.staker = reader.string();
                                break;
                            }
                        case 3: {
                                message.amount = reader.string();
                                break;
                            }
                        case 4: {
                                message.completion_ms = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for Unbonding
                 * @function getTypeUrl
                 * @memberof nrn.trainingset.v1.Unbonding
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Unbonding.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.trainingset.v1.Unbonding";
                };

                return Unbonding;
            })();

            v1.Params = (function() {

                /**
                 * Properties of a Params.
                 * @memberof nrn.trainingset.v1
                 * @interface IParams
                 * @property {string|null} [min_creation_deposit] Params min_creation_deposit
                 * @property {number|null} [min_epoch_length_seconds] Params min_epoch_length_seconds
                 * @property {number|null} [max_epoch_length_seconds] Params max_epoch_length_seconds
                 * @property {number|null} [default_epoch_length_seconds] Params default_epoch_length_seconds
                 */

                /**
                 * Constructs a new Params.
                 * @memberof nrn.trainingset.v1
                 * @classdesc Represents a Params.
                 * @implements IParams
                 * @constructor
                 * @param {nrn.trainingset.v1.IParams=} [properties] Properties to set
                 */
                function Params(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Params min_creation_deposit.
                 * @member {string} min_creation_deposit
                 * @memberof nrn.trainingset.v1.Params
                 * @instance
                 */
                Params.prototype.min_creation_deposit = "";

                /**
                 * Params min_epoch_length_seconds.
                 * @member {number} min_epoch_length_seconds
                 * @memberof nrn.trainingset.v1.Params
                 * @instance
                 */
                Params.prototype.min_epoch_length_seconds = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params max_epoch_length_seconds.
                 * @member {number} max_epoch_length_seconds
                 * @memberof nrn.trainingset.v1.Params
                 * @instance
                 */
                Params.prototype.max_epoch_length_seconds = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params default_epoch_length_seconds.
                 * @member {number} default_epoch_length_seconds
                 * @memberof nrn.trainingset.v1.Params
                 * @instance
                 */
                Params.prototype.default_epoch_length_seconds = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Params instance using the specified properties.
                 * @function create
                 * @memberof nrn.trainingset.v1.Params
                 * @static
                 * @param {nrn.trainingset.v1.IParams=} [properties] Properties to set
                 * @returns {nrn.trainingset.v1.Params} Params instance
                 */
                Params.create = function create(properties) {
                    return new Params(properties);
                };

                /**
                 * Encodes the specified Params message. Does not implicitly {@link nrn.trainingset.v1.Params.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.trainingset.v1.Params
                 * @static
                 * @param {nrn.trainingset.v1.IParams} message Params message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Params.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.min_creation_deposit != null && Object.hasOwnProperty.call(message, "min_creation_deposit"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.min_creation_deposit);
                    if (message.min_epoch_length_seconds != null && Object.hasOwnProperty.call(message, "min_epoch_length_seconds"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.min_epoch_length_seconds);
                    if (message.max_epoch_length_seconds != null && Object.hasOwnProperty.call(message, "max_epoch_length_seconds"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.max_epoch_length_seconds);
                    if (message.default_epoch_length_seconds != null && Object.hasOwnProperty.call(message, "default_epoch_length_seconds"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.default_epoch_length_seconds);
                    return writer;
                };

                /**
                 * Decodes a Params message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.trainingset.v1.Params
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.trainingset.v1.Params} Params
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Params.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.trainingset.v1.Params();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.min_creation_deposit = reader.string();
                                break;
                            }
                        case 2: {
                                message.min_epoch_length_seconds = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.max_epoch_length_seconds = reader.uint64();
                                break;
                            }
                        case 4: {
                                message.default_epoch_length_seconds = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for Params
                 * @function getTypeUrl
                 * @memberof nrn.trainingset.v1.Params
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Params.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.trainingset.v1.Params";
                };

                return Params;
            })();

            v1.MsgCreateGroup = (function() {

                /**
                 * Properties of a MsgCreateGroup.
                 * @memberof nrn.trainingset.v1
                 * @interface IMsgCreateGroup
                 * @property {string|null} [creator] MsgCreateGroup creator
                 * @property {string|null} [name] MsgCreateGroup name
                 * @property {string|null} [model_spec_cid] MsgCreateGroup model_spec_cid
                 * @property {nrn.trainingset.v1.ITrainingConfig|null} [training_config] MsgCreateGroup training_config
                 * @property {string|null} [initial_dataset_cid] MsgCreateGroup initial_dataset_cid
                 * @property {number|null} [epoch_length_seconds] MsgCreateGroup epoch_length_seconds
                 * @property {number|null} [training_round_seconds] MsgCreateGroup training_round_seconds
                 * @property {string|null} [deposit] MsgCreateGroup deposit
                 */

                /**
                 * Constructs a new MsgCreateGroup.
                 * @memberof nrn.trainingset.v1
                 * @classdesc Represents a MsgCreateGroup.
                 * @implements IMsgCreateGroup
                 * @constructor
                 * @param {nrn.trainingset.v1.IMsgCreateGroup=} [properties] Properties to set
                 */
                function MsgCreateGroup(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgCreateGroup creator.
                 * @member {string} creator
                 * @memberof nrn.trainingset.v1.MsgCreateGroup
                 * @instance
                 */
                MsgCreateGroup.prototype.creator = "";

                /**
                 * MsgCreateGroup name.
                 * @member {string} name
                 * @memberof nrn.trainingset.v1.MsgCreateGroup
                 * @instance
                 */
                MsgCreateGroup.prototype.name = "";

                /**
                 * MsgCreateGroup model_spec_cid.
                 * @member {string} model_spec_cid
                 * @memberof nrn.trainingset.v1.MsgCreateGroup
                 * @instance
                 */
                MsgCreateGroup.prototype.model_spec_cid = "";

                /**
                 * MsgCreateGroup training_config.
                 * @member {nrn.trainingset.v1.ITrainingConfig|null|undefined} training_config
                 * @memberof nrn.trainingset.v1.MsgCreateGroup
                 * @instance
                 */
                MsgCreateGroup.prototype.training_config = null;

                /**
                 * MsgCreateGroup initial_dataset_cid.
                 * @member {string} initial_dataset_cid
                 * @memberof nrn.trainingset.v1.MsgCreateGroup
                 * @instance
                 */
                MsgCreateGroup.prototype.initial_dataset_cid = "";

                /**
                 * MsgCreateGroup epoch_length_seconds.
                 * @member {number} epoch_length_seconds
                 * @memberof nrn.trainingset.v1.MsgCreateGroup
                 * @instance
                 */
                MsgCreateGroup.prototype.epoch_length_seconds = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgCreateGroup training_round_seconds.
                 * @member {number} training_round_seconds
                 * @memberof nrn.trainingset.v1.MsgCreateGroup
                 * @instance
                 */
                MsgCreateGroup.prototype.training_round_seconds = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgCreateGroup deposit.
                 * @member {string} deposit
                 * @memberof nrn.trainingset.v1.MsgCreateGroup
                 * @instance
                 */
                MsgCreateGroup.prototype.deposit = "";

                /**
                 * Creates a new MsgCreateGroup instance using the specified properties.
                 * @function create
                 * @memberof nrn.trainingset.v1.MsgCreateGroup
                 * @static
                 * @param {nrn.trainingset.v1.IMsgCreateGroup=} [properties] Properties to set
                 * @returns {nrn.trainingset.v1.MsgCreateGroup} MsgCreateGroup instance
                 */
                MsgCreateGroup.create = function create(properties) {
                    return new MsgCreateGroup(properties);
                };

                /**
                 * Encodes the specified MsgCreateGroup message. Does not implicitly {@link nrn.trainingset.v1.MsgCreateGroup.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.trainingset.v1.MsgCreateGroup
                 * @static
                 * @param {nrn.trainingset.v1.IMsgCreateGroup} message MsgCreateGroup message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgCreateGroup.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.creator != null && Object.hasOwnProperty.call(message, "creator"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.creator);
                    if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                    if (message.model_spec_cid != null && Object.hasOwnProperty.call(message, "model_spec_cid"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.model_spec_cid);
                    if (message.training_config != null && Object.hasOwnProperty.call(message, "training_config"))
                        $root.nrn.trainingset.v1.TrainingConfig.encode(message.training_config, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                    if (message.initial_dataset_cid != null && Object.hasOwnProperty.call(message, "initial_dataset_cid"))
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.initial_dataset_cid);
                    if (message.epoch_length_seconds != null && Object.hasOwnProperty.call(message, "epoch_length_seconds"))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.epoch_length_seconds);
                    if (message.training_round_seconds != null && Object.hasOwnProperty.call(message, "training_round_seconds"))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.training_round_seconds);
                    if (message.deposit != null && Object.hasOwnProperty.call(message, "deposit"))
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.deposit);
                    return writer;
                };

                /**
                 * Decodes a MsgCreateGroup message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.trainingset.v1.MsgCreateGroup
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.trainingset.v1.MsgCreateGroup} MsgCreateGroup
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgCreateGroup.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.trainingset.v1.MsgCreateGroup();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.creator = reader.string();
                                break;
                            }
                        case 2: {
                                message.name = reader.string();
                                break;
                            }
                        case 3: {
                                message.model_spec_cid = reader.string();
                                break;
                            }
                        case 4: {
                                message.training_config = $root.nrn.trainingset.v1.TrainingConfig.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 5: {
                                message.initial_dataset_cid = reader.string();
                                break;
                            }
                        case 6: {
                                message.epoch_length_seconds = reader.uint64();
                                break;
                            }
                        case 7: {
                                message.training_round_seconds = reader.uint64();
                                break;
                            }
                        case 8: {
                                message.deposit = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for MsgCreateGroup
                 * @function getTypeUrl
                 * @memberof nrn.trainingset.v1.MsgCreateGroup
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgCreateGroup.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.trainingset.v1.MsgCreateGroup";
                };

                return MsgCreateGroup;
            })();

            v1.MsgCreateGroupResponse = (function() {

                /**
                 * Properties of a MsgCreateGroupResponse.
                 * @memberof nrn.trainingset.v1
                 * @interface IMsgCreateGroupResponse
                 * @property {number|null} [group_id] MsgCreateGroupResponse group_id
                 * @property {string|null} [version] MsgCreateGroupResponse version
                 */

                /**
                 * Constructs a new MsgCreateGroupResponse.
                 * @memberof nrn.trainingset.v1
                 * @classdesc Represents a MsgCreateGroupResponse.
                 * @implements IMsgCreateGroupResponse
                 * @constructor
                 * @param {nrn.trainingset.v1.IMsgCreateGroupResponse=} [properties] Properties to set
                 */
                function MsgCreateGroupResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgCreateGroupResponse group_id.
                 * @member {number} group_id
                 * @memberof nrn.trainingset.v1.MsgCreateGroupResponse
                 * @instance
                 */
                MsgCreateGroupResponse.prototype.group_id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgCreateGroupResponse version.
                 * @member {string} version
                 * @memberof nrn.trainingset.v1.MsgCreateGroupResponse
                 * @instance
                 */
                MsgCreateGroupResponse.prototype.version = "";

                /**
                 * Creates a new MsgCreateGroupResponse instance using the specified properties.
                 * @function create
                 * @memberof nrn.trainingset.v1.MsgCreateGroupResponse
                 * @static
                 * @param {nrn.trainingset.v1.IMsgCreateGroupResponse=} [properties] Properties to set
                 * @returns {nrn.trainingset.v1.MsgCreateGroupResponse} MsgCreateGroupResponse instance
                 */
                MsgCreateGroupResponse.create = function create(properties) {
                    return new MsgCreateGroupResponse(properties);
                };

                /**
                 * Encodes the specified MsgCreateGroupResponse message. Does not implicitly {@link nrn.trainingset.v1.MsgCreateGroupResponse.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.trainingset.v1.MsgCreateGroupResponse
                 * @static
                 * @param {nrn.trainingset.v1.IMsgCreateGroupResponse} message MsgCreateGroupResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgCreateGroupResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.group_id != null && Object.hasOwnProperty.call(message, "group_id"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.group_id);
                    if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.version);
                    return writer;
                };

                /**
                 * Decodes a MsgCreateGroupResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.trainingset.v1.MsgCreateGroupResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.trainingset.v1.MsgCreateGroupResponse} MsgCreateGroupResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgCreateGroupResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.trainingset.v1.MsgCreateGroupResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.group_id = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.version = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for MsgCreateGroupResponse
                 * @function getTypeUrl
                 * @memberof nrn.trainingset.v1.MsgCreateGroupResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgCreateGroupResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.trainingset.v1.MsgCreateGroupResponse";
                };

                return MsgCreateGroupResponse;
            })();

            v1.MsgStake = (function() {

                /**
                 * Properties of a MsgStake.
                 * @memberof nrn.trainingset.v1
                 * @interface IMsgStake
                 * @property {string|null} [staker] MsgStake staker
                 * @property {number|null} [group_id] MsgStake group_id
                 * @property {string|null} [amount] MsgStake amount
                 */

                /**
                 * Constructs a new MsgStake.
                 * @memberof nrn.trainingset.v1
                 * @classdesc Represents a MsgStake.
                 * @implements IMsgStake
                 * @constructor
                 * @param {nrn.trainingset.v1.IMsgStake=} [properties] Properties to set
                 */
                function MsgStake(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgStake staker.
                 * @member {string} staker
                 * @memberof nrn.trainingset.v1.MsgStake
                 * @instance
                 */
                MsgStake.prototype.staker = "";

                /**
                 * MsgStake group_id.
                 * @member {number} group_id
                 * @memberof nrn.trainingset.v1.MsgStake
                 * @instance
                 */
                MsgStake.prototype.group_id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgStake amount.
                 * @member {string} amount
                 * @memberof nrn.trainingset.v1.MsgStake
                 * @instance
                 */
                MsgStake.prototype.amount = "";

                /**
                 * Creates a new MsgStake instance using the specified properties.
                 * @function create
                 * @memberof nrn.trainingset.v1.MsgStake
                 * @static
                 * @param {nrn.trainingset.v1.IMsgStake=} [properties] Properties to set
                 * @returns {nrn.trainingset.v1.MsgStake} MsgStake instance
                 */
                MsgStake.create = function create(properties) {
                    return new MsgStake(properties);
                };

                /**
                 * Encodes the specified MsgStake message. Does not implicitly {@link nrn.trainingset.v1.MsgStake.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.trainingset.v1.MsgStake
                 * @static
                 * @param {nrn.trainingset.v1.IMsgStake} message MsgStake message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgStake.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.staker != null && Object.hasOwnProperty.call(message, "staker"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.staker);
                    if (message.group_id != null && Object.hasOwnProperty.call(message, "group_id"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.group_id);
                    if (message.amount != null && Object.hasOwnProperty.call(message, "amount"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.amount);
                    return writer;
                };

                /**
                 * Decodes a MsgStake message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.trainingset.v1.MsgStake
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.trainingset.v1.MsgStake} MsgStake
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgStake.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.trainingset.v1.MsgStake();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.staker = reader.string();
                                break;
                            }
                        case 2: {
                                message.group_id = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.amount = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for MsgStake
                 * @function getTypeUrl
                 * @memberof nrn.trainingset.v1.MsgStake
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgStake.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.trainingset.v1.MsgStake";
                };

                return MsgStake;
            })();

            v1.MsgStakeResponse = (function() {

                /**
                 * Properties of a MsgStakeResponse.
                 * @memberof nrn.trainingset.v1
                 * @interface IMsgStakeResponse
                 * @property {string|null} [bond] MsgStakeResponse bond
                 */

                /**
                 * Constructs a new MsgStakeResponse.
                 * @memberof nrn.trainingset.v1
                 * @classdesc Represents a MsgStakeResponse.
                 * @implements IMsgStakeResponse
                 * @constructor
                 * @param {nrn.trainingset.v1.IMsgStakeResponse=} [properties] Properties to set
                 */
                function MsgStakeResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgStakeResponse bond.
                 * @member {string} bond
                 * @memberof nrn.trainingset.v1.MsgStakeResponse
                 * @instance
                 */
                MsgStakeResponse.prototype.bond = "";

                /**
                 * Creates a new MsgStakeResponse instance using the specified properties.
                 * @function create
                 * @memberof nrn.trainingset.v1.MsgStakeResponse
                 * @static
                 * @param {nrn.trainingset.v1.IMsgStakeResponse=} [properties] Properties to set
                 * @returns {nrn.trainingset.v1.MsgStakeResponse} MsgStakeResponse instance
                 */
                MsgStakeResponse.create = function create(properties) {
                    return new MsgStakeResponse(properties);
                };

                /**
                 * Encodes the specified MsgStakeResponse message. Does not implicitly {@link nrn.trainingset.v1.MsgStakeResponse.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.trainingset.v1.MsgStakeResponse
                 * @static
                 * @param {nrn.trainingset.v1.IMsgStakeResponse} message MsgStakeResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgStakeResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.bond != null && Object.hasOwnProperty.call(message, "bond"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.bond);
                    return writer;
                };

                /**
                 * Decodes a MsgStakeResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.trainingset.v1.MsgStakeResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.trainingset.v1.MsgStakeResponse} MsgStakeResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgStakeResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.trainingset.v1.MsgStakeResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.bond = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for MsgStakeResponse
                 * @function getTypeUrl
                 * @memberof nrn.trainingset.v1.MsgStakeResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgStakeResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.trainingset.v1.MsgStakeResponse";
                };

                return MsgStakeResponse;
            })();

            v1.MsgUnstake = (function() {

                /**
                 * Properties of a MsgUnstake.
                 * @memberof nrn.trainingset.v1
                 * @interface IMsgUnstake
                 * @property {string|null} [staker] MsgUnstake staker
                 * @property {number|null} [group_id] MsgUnstake group_id
                 * @property {string|null} [amount] MsgUnstake amount
                 */

                /**
                 * Constructs a new MsgUnstake.
                 * @memberof nrn.trainingset.v1
                 * @classdesc Represents a MsgUnstake.
                 * @implements IMsgUnstake
                 * @constructor
                 * @param {nrn.trainingset.v1.IMsgUnstake=} [properties] Properties to set
                 */
                function MsgUnstake(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgUnstake staker.
                 * @member {string} staker
                 * @memberof nrn.trainingset.v1.MsgUnstake
                 * @instance
                 */
                MsgUnstake.prototype.staker = "";

                /**
                 * MsgUnstake group_id.
                 * @member {number} group_id
                 * @memberof nrn.trainingset.v1.MsgUnstake
                 * @instance
                 */
                MsgUnstake.prototype.group_id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgUnstake amount.
                 * @member {string} amount
                 * @memberof nrn.trainingset.v1.MsgUnstake
                 * @instance
                 */
                MsgUnstake.prototype.amount = "";

                /**
                 * Creates a new MsgUnstake instance using the specified properties.
                 * @function create
                 * @memberof nrn.trainingset.v1.MsgUnstake
                 * @static
                 * @param {nrn.trainingset.v1.IMsgUnstake=} [properties] Properties to set
                 * @returns {nrn.trainingset.v1.MsgUnstake} MsgUnstake instance
                 */
                MsgUnstake.create = function create(properties) {
                    return new MsgUnstake(properties);
                };

                /**
                 * Encodes the specified MsgUnstake message. Does not implicitly {@link nrn.trainingset.v1.MsgUnstake.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.trainingset.v1.MsgUnstake
                 * @static
                 * @param {nrn.trainingset.v1.IMsgUnstake} message MsgUnstake message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgUnstake.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.staker != null && Object.hasOwnProperty.call(message, "staker"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.staker);
                    if (message.group_id != null && Object.hasOwnProperty.call(message, "group_id"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.group_id);
                    if (message.amount != null && Object.hasOwnProperty.call(message, "amount"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.amount);
                    return writer;
                };

                /**
                 * Decodes a MsgUnstake message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.trainingset.v1.MsgUnstake
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.trainingset.v1.MsgUnstake} MsgUnstake
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgUnstake.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.trainingset.v1.MsgUnstake();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.staker = reader.string();
                                break;
                            }
                        case 2: {
                                message.group_id = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.amount = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for MsgUnstake
                 * @function getTypeUrl
                 * @memberof nrn.trainingset.v1.MsgUnstake
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgUnstake.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.trainingset.v1.MsgUnstake";
                };

                return MsgUnstake;
            })();

            v1.MsgUnstakeResponse = (function() {

                /**
                 * Properties of a MsgUnstakeResponse.
                 * @memberof nrn.trainingset.v1
                 * @interface IMsgUnstakeResponse
                 * @property {number|null} [completion_ms] MsgUnstakeResponse completion_ms
                 */

                /**
                 * Constructs a new MsgUnstakeResponse.
                 * @memberof nrn.trainingset.v1
                 * @classdesc Represents a MsgUnstakeResponse.
                 * @implements IMsgUnstakeResponse
                 * @constructor
                 * @param {nrn.trainingset.v1.IMsgUnstakeResponse=} [properties] Properties to set
                 */
                function MsgUnstakeResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgUnstakeResponse completion_ms.
                 * @member {number} completion_ms
                 * @memberof nrn.trainingset.v1.MsgUnstakeResponse
                 * @instance
                 */
                MsgUnstakeResponse.prototype.completion_ms = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new MsgUnstakeResponse instance using the specified properties.
                 * @function create
                 * @memberof nrn.trainingset.v1.MsgUnstakeResponse
                 * @static
                 * @param {nrn.trainingset.v1.IMsgUnstakeResponse=} [properties] Properties to set
                 * @returns {nrn.trainingset.v1.MsgUnstakeResponse} MsgUnstakeResponse instance
                 */
                MsgUnstakeResponse.create = function create(properties) {
                    return new MsgUnstakeResponse(properties);
                };

                /**
                 * Encodes the specified MsgUnstakeResponse message. Does not implicitly {@link nrn.trainingset.v1.MsgUnstakeResponse.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.trainingset.v1.MsgUnstakeResponse
                 * @static
                 * @param {nrn.trainingset.v1.IMsgUnstakeResponse} message MsgUnstakeResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgUnstakeResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.completion_ms != null && Object.hasOwnProperty.call(message, "completion_ms"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.completion_ms);
                    return writer;
                };

                /**
                 * Decodes a MsgUnstakeResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.trainingset.v1.MsgUnstakeResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.trainingset.v1.MsgUnstakeResponse} MsgUnstakeResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgUnstakeResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.trainingset.v1.MsgUnstakeResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.completion_ms = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for MsgUnstakeResponse
                 * @function getTypeUrl
                 * @memberof nrn.trainingset.v1.MsgUnstakeResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgUnstakeResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.trainingset.v1.MsgUnstakeResponse";
                };

                return MsgUnstakeResponse;
            })();

            v1.MsgProposeDelta = (function() {

                /**
                 * Properties of a MsgProposeDelta.
                 * @memberof nrn.trainingset.v1
                 * @interface IMsgProposeDelta
                 * @property {string|null} [proposer] MsgProposeDelta proposer
                 * @property {number|null} [group_id] MsgProposeDelta group_id
                 * @property {string|null} [parent_version] MsgProposeDelta parent_version
                 * @property {string|null} [delta_cid] MsgProposeDelta delta_cid
                 * @property {string|null} [result_cid] MsgProposeDelta result_cid
                 */

                /**
                 * Constructs a new MsgProposeDelta.
                 * @memberof nrn.trainingset.v1
                 * @classdesc Represents a MsgProposeDelta.
                 * @implements IMsgProposeDelta
                 * @constructor
                 * @param {nrn.trainingset.v1.IMsgProposeDelta=} [properties] Properties to set
                 */
                function MsgProposeDelta(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgProposeDelta proposer.
                 * @member {string} proposer
                 * @memberof nrn.trainingset.v1.MsgProposeDelta
                 * @instance
                 */
                MsgProposeDelta.prototype.proposer = "";

                /**
                 * MsgProposeDelta group_id.
                 * @member {number} group_id
                 * @memberof nrn.trainingset.v1.MsgProposeDelta
                 * @instance
                 */
                MsgProposeDelta.prototype.group_id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgProposeDelta parent_version.
                 * @member {string} parent_version
                 * @memberof nrn.trainingset.v1.MsgProposeDelta
                 * @instance
                 */
                MsgProposeDelta.prototype.parent_version = "";

                /**
                 * MsgProposeDelta delta_cid.
                 * @member {string} delta_cid
                 * @memberof nrn.trainingset.v1.MsgProposeDelta
                 * @instance
                 */
                MsgProposeDelta.prototype.delta_cid = "";

                /**
                 * MsgProposeDelta result_cid.
                 * @member {string} result_cid
                 * @memberof nrn.trainingset.v1.MsgProposeDelta
                 * @instance
                 */
                MsgProposeDelta.prototype.result_cid = "";

                /**
                 * Creates a new MsgProposeDelta instance using the specified properties.
                 * @function create
                 * @memberof nrn.trainingset.v1.MsgProposeDelta
                 * @static
                 * @param {nrn.trainingset.v1.IMsgProposeDelta=} [properties] Properties to set
                 * @returns {nrn.trainingset.v1.MsgProposeDelta} MsgProposeDelta instance
                 */
                MsgProposeDelta.create = function create(properties) {
                    return new MsgProposeDelta(properties);
                };

                /**
                 * Encodes the specified MsgProposeDelta message. Does not implicitly {@link nrn.trainingset.v1.MsgProposeDelta.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.trainingset.v1.MsgProposeDelta
                 * @static
                 * @param {nrn.trainingset.v1.IMsgProposeDelta} message MsgProposeDelta message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgProposeDelta.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.proposer != null && Object.hasOwnProperty.call(message, "proposer"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.proposer);
                    if (message.group_id != null && Object.hasOwnProperty.call(message, "group_id"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.group_id);
                    if (message.parent_version != null && Object.hasOwnProperty.call(message, "parent_version"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.parent_version);
                    if (message.delta_cid != null && Object.hasOwnProperty.call(message, "delta_cid"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.delta_cid);
                    if (message.result_cid != null && Object.hasOwnProperty.call(message, "result_cid"))
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.result_cid);
                    return writer;
                };

                /**
                 * Decodes a MsgProposeDelta message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.trainingset.v1.MsgProposeDelta
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.trainingset.v1.MsgProposeDelta} MsgProposeDelta
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgProposeDelta.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.trainingset.v1.MsgProposeDelta();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.proposer = reader.string();
                                break;
                            }
                        case 2: {
                                message.group_id = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.parent_version = reader.string();
                                break;
                            }
                        case 4: {
                                message.delta_cid = reader.string();
                                break;
                            }
                        case 5: {
                                message.result_cid = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for MsgProposeDelta
                 * @function getTypeUrl
                 * @memberof nrn.trainingset.v1.MsgProposeDelta
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgProposeDelta.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.trainingset.v1.MsgProposeDelta";
                };

                return MsgProposeDelta;
            })();

            v1.MsgProposeDeltaResponse = (function() {

                /**
                 * Properties of a MsgProposeDeltaResponse.
                 * @memberof nrn.trainingset.v1
                 * @interface IMsgProposeDeltaResponse
                 * @property {number|null} [proposal_id] MsgProposeDeltaResponse proposal_id
                 */

                /**
                 * Constructs a new MsgProposeDeltaResponse.
                 * @memberof nrn.trainingset.v1
                 * @classdesc Represents a MsgProposeDeltaResponse.
                 * @implements IMsgProposeDeltaResponse
                 * @constructor
                 * @param {nrn.trainingset.v1.IMsgProposeDeltaResponse=} [properties] Properties to set
                 */
                function MsgProposeDeltaResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgProposeDeltaResponse proposal_id.
                 * @member {number} proposal_id
                 * @memberof nrn.trainingset.v1.MsgProposeDeltaResponse
                 * @instance
                 */
                MsgProposeDeltaResponse.prototype.proposal_id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new MsgProposeDeltaResponse instance using the specified properties.
                 * @function create
                 * @memberof nrn.trainingset.v1.MsgProposeDeltaResponse
                 * @static
                 * @param {nrn.trainingset.v1.IMsgProposeDeltaResponse=} [properties] Properties to set
                 * @returns {nrn.trainingset.v1.MsgProposeDeltaResponse} MsgProposeDeltaResponse instance
                 */
                MsgProposeDeltaResponse.create = function create(properties) {
                    return new MsgProposeDeltaResponse(properties);
                };

                /**
                 * Encodes the specified MsgProposeDeltaResponse message. Does not implicitly {@link nrn.trainingset.v1.MsgProposeDeltaResponse.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.trainingset.v1.MsgProposeDeltaResponse
                 * @static
                 * @param {nrn.trainingset.v1.IMsgProposeDeltaResponse} message MsgProposeDeltaResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgProposeDeltaResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.proposal_id != null && Object.hasOwnProperty.call(message, "proposal_id"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.proposal_id);
                    return writer;
                };

                /**
                 * Decodes a MsgProposeDeltaResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.trainingset.v1.MsgProposeDeltaResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.trainingset.v1.MsgProposeDeltaResponse} MsgProposeDeltaResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgProposeDeltaResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.trainingset.v1.MsgProposeDeltaResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.proposal_id = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for MsgProposeDeltaResponse
                 * @function getTypeUrl
                 * @memberof nrn.trainingset.v1.MsgProposeDeltaResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgProposeDeltaResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.trainingset.v1.MsgProposeDeltaResponse";
                };

                return MsgProposeDeltaResponse;
            })();

            v1.MsgVoteDelta = (function() {

                /**
                 * Properties of a MsgVoteDelta.
                 * @memberof nrn.trainingset.v1
                 * @interface IMsgVoteDelta
                 * @property {string|null} [voter] MsgVoteDelta voter
                 * @property {number|null} [proposal_id] MsgVoteDelta proposal_id
                 * @property {nrn.trainingset.v1.VoteOption|null} [option] MsgVoteDelta option
                 */

                /**
                 * Constructs a new MsgVoteDelta.
                 * @memberof nrn.trainingset.v1
                 * @classdesc Represents a MsgVoteDelta.
                 * @implements IMsgVoteDelta
                 * @constructor
                 * @param {nrn.trainingset.v1.IMsgVoteDelta=} [properties] Properties to set
                 */
                function MsgVoteDelta(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgVoteDelta voter.
                 * @member {string} voter
                 * @memberof nrn.trainingset.v1.MsgVoteDelta
                 * @instance
                 */
                MsgVoteDelta.prototype.voter = "";

                /**
                 * MsgVoteDelta proposal_id.
                 * @member {number} proposal_id
                 * @memberof nrn.trainingset.v1.MsgVoteDelta
                 * @instance
                 */
                MsgVoteDelta.prototype.proposal_id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgVoteDelta option.
                 * @member {nrn.trainingset.v1.VoteOption} option
                 * @memberof nrn.trainingset.v1.MsgVoteDelta
                 * @instance
                 */
                MsgVoteDelta.prototype.option = 0;

                /**
                 * Creates a new MsgVoteDelta instance using the specified properties.
                 * @function create
                 * @memberof nrn.trainingset.v1.MsgVoteDelta
                 * @static
                 * @param {nrn.trainingset.v1.IMsgVoteDelta=} [properties] Properties to set
                 * @returns {nrn.trainingset.v1.MsgVoteDelta} MsgVoteDelta instance
                 */
                MsgVoteDelta.create = function create(properties) {
                    return new MsgVoteDelta(properties);
                };

                /**
                 * Encodes the specified MsgVoteDelta message. Does not implicitly {@link nrn.trainingset.v1.MsgVoteDelta.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.trainingset.v1.MsgVoteDelta
                 * @static
                 * @param {nrn.trainingset.v1.IMsgVoteDelta} message MsgVoteDelta message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgVoteDelta.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.voter != null && Object.hasOwnProperty.call(message, "voter"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.voter);
                    if (message.proposal_id != null && Object.hasOwnProperty.call(message, "proposal_id"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.proposal_id);
                    if (message.option != null && Object.hasOwnProperty.call(message, "option"))
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.option);
                    return writer;
                };

                /**
                 * Decodes a MsgVoteDelta message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.trainingset.v1.MsgVoteDelta
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.trainingset.v1.MsgVoteDelta} MsgVoteDelta
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgVoteDelta.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.trainingset.v1.MsgVoteDelta();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.voter = reader.string();
                                break;
                            }
                        case 2: {
                                message.proposal_id = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.option = reader.int32();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for MsgVoteDelta
                 * @function getTypeUrl
                 * @memberof nrn.trainingset.v1.MsgVoteDelta
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgVoteDelta.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.trainingset.v1.MsgVoteDelta";
                };

                return MsgVoteDelta;
            })();

            v1.MsgVoteDeltaResponse = (function() {

                /**
                 * Properties of a MsgVoteDeltaResponse.
                 * @memberof nrn.trainingset.v1
                 * @interface IMsgVoteDeltaResponse
                 * @property {string|null} [weight] MsgVoteDeltaResponse weight
                 */

                /**
                 * Constructs a new MsgVoteDeltaResponse.
                 * @memberof nrn.trainingset.v1
                 * @classdesc Represents a MsgVoteDeltaResponse.
                 * @implements IMsgVoteDeltaResponse
                 * @constructor
                 * @param {nrn.trainingset.v1.IMsgVoteDeltaResponse=} [properties] Properties to set
                 */
                function MsgVoteDeltaResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgVoteDeltaResponse weight.
                 * @member {string} weight
                 * @memberof nrn.trainingset.v1.MsgVoteDeltaResponse
                 * @instance
                 */
                MsgVoteDeltaResponse.prototype.weight = "";

                /**
                 * Creates a new MsgVoteDeltaResponse instance using the specified properties.
                 * @function create
                 * @memberof nrn.trainingset.v1.MsgVoteDeltaResponse
                 * @static
                 * @param {nrn.trainingset.v1.IMsgVoteDeltaResponse=} [properties] Properties to set
                 * @returns {nrn.trainingset.v1.MsgVoteDeltaResponse} MsgVoteDeltaResponse instance
                 */
                MsgVoteDeltaResponse.create = function create(properties) {
                    return new MsgVoteDeltaResponse(properties);
                };

                /**
                 * Encodes the specified MsgVoteDeltaResponse message. Does not implicitly {@link nrn.trainingset.v1.MsgVoteDeltaResponse.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.trainingset.v1.MsgVoteDeltaResponse
                 * @static
                 * @param {nrn.trainingset.v1.IMsgVoteDeltaResponse} message MsgVoteDeltaResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgVoteDeltaResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.weight != null && Object.hasOwnProperty.call(message, "weight"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.weight);
                    return writer;
                };

                /**
                 * Decodes a MsgVoteDeltaResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.trainingset.v1.MsgVoteDeltaResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.trainingset.v1.MsgVoteDeltaResponse} MsgVoteDeltaResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgVoteDeltaResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.trainingset.v1.MsgVoteDeltaResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.weight = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for MsgVoteDeltaResponse
                 * @function getTypeUrl
                 * @memberof nrn.trainingset.v1.MsgVoteDeltaResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgVoteDeltaResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.trainingset.v1.MsgVoteDeltaResponse";
                };

                return MsgVoteDeltaResponse;
            })();

            v1.MsgProposeParams = (function() {

                /**
                 * Properties of a MsgProposeParams.
                 * @memberof nrn.trainingset.v1
                 * @interface IMsgProposeParams
                 * @property {string|null} [proposer] MsgProposeParams proposer
                 * @property {number|null} [group_id] MsgProposeParams group_id
                 * @property {number|null} [epoch_length_seconds] MsgProposeParams epoch_length_seconds
                 */

                /**
                 * Constructs a new MsgProposeParams.
                 * @memberof nrn.trainingset.v1
                 * @classdesc Represents a MsgProposeParams.
                 * @implements IMsgProposeParams
                 * @constructor
                 * @param {nrn.trainingset.v1.IMsgProposeParams=} [properties] Properties to set
                 */
                function MsgProposeParams(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgProposeParams proposer.
                 * @member {string} proposer
                 * @memberof nrn.trainingset.v1.MsgProposeParams
                 * @instance
                 */
                MsgProposeParams.prototype.proposer = "";

                /**
                 * MsgProposeParams group_id.
                 * @member {number} group_id
                 * @memberof nrn.trainingset.v1.MsgProposeParams
                 * @instance
                 */
                MsgProposeParams.prototype.group_id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgProposeParams epoch_length_seconds.
                 * @member {number} epoch_length_seconds
                 * @memberof nrn.trainingset.v1.MsgProposeParams
                 * @instance
                 */
                MsgProposeParams.prototype.epoch_length_seconds = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new MsgProposeParams instance using the specified properties.
                 * @function create
                 * @memberof nrn.trainingset.v1.MsgProposeParams
                 * @static
                 * @param {nrn.trainingset.v1.IMsgProposeParams=} [properties] Properties to set
                 * @returns {nrn.trainingset.v1.MsgProposeParams} MsgProposeParams instance
                 */
                MsgProposeParams.create = function create(properties) {
                    return new MsgProposeParams(properties);
                };

                /**
                 * Encodes the specified MsgProposeParams message. Does not implicitly {@link nrn.trainingset.v1.MsgProposeParams.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.trainingset.v1.MsgProposeParams
                 * @static
                 * @param {nrn.trainingset.v1.IMsgProposeParams} message MsgProposeParams message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgProposeParams.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.proposer != null && Object.hasOwnProperty.call(message, "proposer"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.proposer);
                    if (message.group_id != null && Object.hasOwnProperty.call(message, "group_id"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.group_id);
                    if (message.epoch_length_seconds != null && Object.hasOwnProperty.call(message, "epoch_length_seconds"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.epoch_length_seconds);
                    return writer;
                };

                /**
                 * Decodes a MsgProposeParams message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.trainingset.v1.MsgProposeParams
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.trainingset.v1.MsgProposeParams} MsgProposeParams
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgProposeParams.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.trainingset.v1.MsgProposeParams();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.proposer = reader.string();
                                break;
                            }
                        case 2: {
                                message.group_id = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.epoch_length_seconds = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for MsgProposeParams
                 * @function getTypeUrl
                 * @memberof nrn.trainingset.v1.MsgProposeParams
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgProposeParams.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.trainingset.v1.MsgProposeParams";
                };

                return MsgProposeParams;
            })();

            v1.MsgProposeParamsResponse = (function() {

                /**
                 * Properties of a MsgProposeParamsResponse.
                 * @memberof nrn.trainingset.v1
                 * @interface IMsgProposeParamsResponse
                 * @property {number|null} [proposal_id] MsgProposeParamsResponse proposal_id
                 */

                /**
                 * Constructs a new MsgProposeParamsResponse.
                 * @memberof nrn.trainingset.v1
                 * @classdesc Represents a MsgProposeParamsResponse.
                 * @implements IMsgProposeParamsResponse
                 * @constructor
                 * @param {nrn.trainingset.v1.IMsgProposeParamsResponse=} [properties] Properties to set
                 */
                function MsgProposeParamsResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgProposeParamsResponse proposal_id.
                 * @member {number} proposal_id
                 * @memberof nrn.trainingset.v1.MsgProposeParamsResponse
                 * @instance
                 */
                MsgProposeParamsResponse.prototype.proposal_id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new MsgProposeParamsResponse instance using the specified properties.
                 * @function create
                 * @memberof nrn.trainingset.v1.MsgProposeParamsResponse
                 * @static
                 * @param {nrn.trainingset.v1.IMsgProposeParamsResponse=} [properties] Properties to set
                 * @returns {nrn.trainingset.v1.MsgProposeParamsResponse} MsgProposeParamsResponse instance
                 */
                MsgProposeParamsResponse.create = function create(properties) {
                    return new MsgProposeParamsResponse(properties);
                };

                /**
                 * Encodes the specified MsgProposeParamsResponse message. Does not implicitly {@link nrn.trainingset.v1.MsgProposeParamsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.trainingset.v1.MsgProposeParamsResponse
                 * @static
                 * @param {nrn.trainingset.v1.IMsgProposeParamsResponse} message MsgProposeParamsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgProposeParamsResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.proposal_id != null && Object.hasOwnProperty.call(message, "proposal_id"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.proposal_id);
                    return writer;
                };

                /**
                 * Decodes a MsgProposeParamsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.trainingset.v1.MsgProposeParamsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.trainingset.v1.MsgProposeParamsResponse} MsgProposeParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgProposeParamsResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.trainingset.v1.MsgProposeParamsResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.proposal_id = reader.uint64();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for MsgProposeParamsResponse
                 * @function getTypeUrl
                 * @memberof nrn.trainingset.v1.MsgProposeParamsResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgProposeParamsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.trainingset.v1.MsgProposeParamsResponse";
                };

                return MsgProposeParamsResponse;
            })();

            v1.MsgVoteParams = (function() {

                /**
                 * Properties of a MsgVoteParams.
                 * @memberof nrn.trainingset.v1
                 * @interface IMsgVoteParams
                 * @property {string|null} [voter] MsgVoteParams voter
                 * @property {number|null} [proposal_id] MsgVoteParams proposal_id
                 * @property {nrn.trainingset.v1.VoteOption|null} [option] MsgVoteParams option
                 */

                /**
                 * Constructs a new MsgVoteParams.
                 * @memberof nrn.trainingset.v1
                 * @classdesc Represents a MsgVoteParams.
                 * @implements IMsgVoteParams
                 * @constructor
                 * @param {nrn.trainingset.v1.IMsgVoteParams=} [properties] Properties to set
                 */
                function MsgVoteParams(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgVoteParams voter.
                 * @member {string} voter
                 * @memberof nrn.trainingset.v1.MsgVoteParams
                 * @instance
                 */
                MsgVoteParams.prototype.voter = "";

                /**
                 * MsgVoteParams proposal_id.
                 * @member {number} proposal_id
                 * @memberof nrn.trainingset.v1.MsgVoteParams
                 * @instance
                 */
                MsgVoteParams.prototype.proposal_id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgVoteParams option.
                 * @member {nrn.trainingset.v1.VoteOption} option
                 * @memberof nrn.trainingset.v1.MsgVoteParams
                 * @instance
                 */
                MsgVoteParams.prototype.option = 0;

                /**
                 * Creates a new MsgVoteParams instance using the specified properties.
                 * @function create
                 * @memberof nrn.trainingset.v1.MsgVoteParams
                 * @static
                 * @param {nrn.trainingset.v1.IMsgVoteParams=} [properties] Properties to set
                 * @returns {nrn.trainingset.v1.MsgVoteParams} MsgVoteParams instance
                 */
                MsgVoteParams.create = function create(properties) {
                    return new MsgVoteParams(properties);
                };

                /**
                 * Encodes the specified MsgVoteParams message. Does not implicitly {@link nrn.trainingset.v1.MsgVoteParams.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.trainingset.v1.MsgVoteParams
                 * @static
                 * @param {nrn.trainingset.v1.IMsgVoteParams} message MsgVoteParams message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgVoteParams.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.voter != null && Object.hasOwnProperty.call(message, "voter"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.voter);
                    if (message.proposal_id != null && Object.hasOwnProperty.call(message, "proposal_id"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.proposal_id);
                    if (message.option != null && Object.hasOwnProperty.call(message, "option"))
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.option);
                    return writer;
                };

                /**
                 * Decodes a MsgVoteParams message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.trainingset.v1.MsgVoteParams
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.trainingset.v1.MsgVoteParams} MsgVoteParams
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgVoteParams.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.trainingset.v1.MsgVoteParams();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.voter = reader.string();
                                break;
                            }
                        case 2: {
                                message.proposal_id = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.option = reader.int32();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for MsgVoteParams
                 * @function getTypeUrl
                 * @memberof nrn.trainingset.v1.MsgVoteParams
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgVoteParams.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.trainingset.v1.MsgVoteParams";
                };

                return MsgVoteParams;
            })();

            v1.MsgVoteParamsResponse = (function() {

                /**
                 * Properties of a MsgVoteParamsResponse.
                 * @memberof nrn.trainingset.v1
                 * @interface IMsgVoteParamsResponse
                 * @property {string|null} [weight] MsgVoteParamsResponse weight
                 */

                /**
                 * Constructs a new MsgVoteParamsResponse.
                 * @memberof nrn.trainingset.v1
                 * @classdesc Represents a MsgVoteParamsResponse.
                 * @implements IMsgVoteParamsResponse
                 * @constructor
                 * @param {nrn.trainingset.v1.IMsgVoteParamsResponse=} [properties] Properties to set
                 */
                function MsgVoteParamsResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgVoteParamsResponse weight.
                 * @member {string} weight
                 * @memberof nrn.trainingset.v1.MsgVoteParamsResponse
                 * @instance
                 */
                MsgVoteParamsResponse.prototype.weight = "";

                /**
                 * Creates a new MsgVoteParamsResponse instance using the specified properties.
                 * @function create
                 * @memberof nrn.trainingset.v1.MsgVoteParamsResponse
                 * @static
                 * @param {nrn.trainingset.v1.IMsgVoteParamsResponse=} [properties] Properties to set
                 * @returns {nrn.trainingset.v1.MsgVoteParamsResponse} MsgVoteParamsResponse instance
                 */
                MsgVoteParamsResponse.create = function create(properties) {
                    return new MsgVoteParamsResponse(properties);
                };

                /**
                 * Encodes the specified MsgVoteParamsResponse message. Does not implicitly {@link nrn.trainingset.v1.MsgVoteParamsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.trainingset.v1.MsgVoteParamsResponse
                 * @static
                 * @param {nrn.trainingset.v1.IMsgVoteParamsResponse} message MsgVoteParamsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgVoteParamsResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.weight != null && Object.hasOwnProperty.call(message, "weight"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.weight);
                    return writer;
                };

                /**
                 * Decodes a MsgVoteParamsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.trainingset.v1.MsgVoteParamsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.trainingset.v1.MsgVoteParamsResponse} MsgVoteParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgVoteParamsResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.trainingset.v1.MsgVoteParamsResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.weight = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for MsgVoteParamsResponse
                 * @function getTypeUrl
                 * @memberof nrn.trainingset.v1.MsgVoteParamsResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgVoteParamsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.trainingset.v1.MsgVoteParamsResponse";
                };

                return MsgVoteParamsResponse;
            })();

            v1.MsgForkGroup = (function() {

                /**
                 * Properties of a MsgForkGroup.
                 * @memberof nrn.trainingset.v1
                 * @interface IMsgForkGroup
                 * @property {string|null} [creator] MsgForkGroup creator
                 * @property {number|null} [parent_group_id] MsgForkGroup parent_group_id
                 * @property {string|null} [name] MsgForkGroup name
                 * @property {string|null} [model_spec_cid] MsgForkGroup model_spec_cid
                 * @property {nrn.trainingset.v1.ITrainingConfig|null} [training_config] MsgForkGroup training_config
                 * @property {number|null} [epoch_length_seconds] MsgForkGroup epoch_length_seconds
                 * @property {number|null} [training_round_seconds] MsgForkGroup training_round_seconds
                 * @property {string|null} [deposit] MsgForkGroup deposit
                 */

                /**
                 * Constructs a new MsgForkGroup.
                 * @memberof nrn.trainingset.v1
                 * @classdesc Represents a MsgForkGroup.
                 * @implements IMsgForkGroup
                 * @constructor
                 * @param {nrn.trainingset.v1.IMsgForkGroup=} [properties] Properties to set
                 */
                function MsgForkGroup(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgForkGroup creator.
                 * @member {string} creator
                 * @memberof nrn.trainingset.v1.MsgForkGroup
                 * @instance
                 */
                MsgForkGroup.prototype.creator = "";

                /**
                 * MsgForkGroup parent_group_id.
                 * @member {number} parent_group_id
                 * @memberof nrn.trainingset.v1.MsgForkGroup
                 * @instance
                 */
                MsgForkGroup.prototype.parent_group_id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgForkGroup name.
                 * @member {string} name
                 * @memberof nrn.trainingset.v1.MsgForkGroup
                 * @instance
                 */
                MsgForkGroup.prototype.name = "";

                /**
                 * MsgForkGroup model_spec_cid.
                 * @member {string} model_spec_cid
                 * @memberof nrn.trainingset.v1.MsgForkGroup
                 * @instance
                 */
                MsgForkGroup.prototype.model_spec_cid = "";

                /**
                 * MsgForkGroup training_config.
                 * @member {nrn.trainingset.v1.ITrainingConfig|null|undefined} training_config
                 * @memberof nrn.trainingset.v1.MsgForkGroup
                 * @instance
                 */
                MsgForkGroup.prototype.training_config = null;

                /**
                 * MsgForkGroup epoch_length_seconds.
                 * @member {number} epoch_length_seconds
                 * @memberof nrn.trainingset.v1.MsgForkGroup
                 * @instance
                 */
                MsgForkGroup.prototype.epoch_length_seconds = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgForkGroup training_round_seconds.
                 * @member {number} training_round_seconds
                 * @memberof nrn.trainingset.v1.MsgForkGroup
                 * @instance
                 */
                MsgForkGroup.prototype.training_round_seconds = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgForkGroup deposit.
                 * @member {string} deposit
                 * @memberof nrn.trainingset.v1.MsgForkGroup
                 * @instance
                 */
                MsgForkGroup.prototype.deposit = "";

                /**
                 * Creates a new MsgForkGroup instance using the specified properties.
                 * @function create
                 * @memberof nrn.trainingset.v1.MsgForkGroup
                 * @static
                 * @param {nrn.trainingset.v1.IMsgForkGroup=} [properties] Properties to set
                 * @returns {nrn.trainingset.v1.MsgForkGroup} MsgForkGroup instance
                 */
                MsgForkGroup.create = function create(properties) {
                    return new MsgForkGroup(properties);
                };

                /**
                 * Encodes the specified MsgForkGroup message. Does not implicitly {@link nrn.trainingset.v1.MsgForkGroup.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.trainingset.v1.MsgForkGroup
                 * @static
                 * @param {nrn.trainingset.v1.IMsgForkGroup} message MsgForkGroup message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgForkGroup.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.creator != null && Object.hasOwnProperty.call(message, "creator"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.creator);
                    if (message.parent_group_id != null && Object.hasOwnProperty.call(message, "parent_group_id"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.parent_group_id);
                    if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
                    if (message.model_spec_cid != null && Object.hasOwnProperty.call(message, "model_spec_cid"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.model_spec_cid);
                    if (message.training_config != null && Object.hasOwnProperty.call(message, "training_config"))
                        $root.nrn.trainingset.v1.TrainingConfig.encode(message.training_config, writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                    if (message.epoch_length_seconds != null && Object.hasOwnProperty.call(message, "epoch_length_seconds"))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.epoch_length_seconds);
                    if (message.training_round_seconds != null && Object.hasOwnProperty.call(message, "training_round_seconds"))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.training_round_seconds);
                    if (message.deposit != null && Object.hasOwnProperty.call(message, "deposit"))
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.deposit);
                    return writer;
                };

                /**
                 * Decodes a MsgForkGroup message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.trainingset.v1.MsgForkGroup
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.trainingset.v1.MsgForkGroup} MsgForkGroup
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgForkGroup.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.trainingset.v1.MsgForkGroup();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.creator = reader.string();
                                break;
                            }
                        case 2: {
                                message.parent_group_id = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.name = reader.string();
                                break;
                            }
                        case 4: {
                                message.model_spec_cid = reader.string();
                                break;
                            }
                        case 5: {
                                message.training_config = $root.nrn.trainingset.v1.TrainingConfig.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 6: {
                                message.epoch_length_seconds = reader.uint64();
                                break;
                            }
                        case 7: {
                                message.training_round_seconds = reader.uint64();
                                break;
                            }
                        case 8: {
                                message.deposit = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for MsgForkGroup
                 * @function getTypeUrl
                 * @memberof nrn.trainingset.v1.MsgForkGroup
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgForkGroup.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.trainingset.v1.MsgForkGroup";
                };

                return MsgForkGroup;
            })();

            v1.MsgForkGroupResponse = (function() {

                /**
                 * Properties of a MsgForkGroupResponse.
                 * @memberof nrn.trainingset.v1
                 * @interface IMsgForkGroupResponse
                 * @property {number|null} [group_id] MsgForkGroupResponse group_id
                 * @property {string|null} [version] MsgForkGroupResponse version
                 */

                /**
                 * Constructs a new MsgForkGroupResponse.
                 * @memberof nrn.trainingset.v1
                 * @classdesc Represents a MsgForkGroupResponse.
                 * @implements IMsgForkGroupResponse
                 * @constructor
                 * @param {nrn.trainingset.v1.IMsgForkGroupResponse=} [properties] Properties to set
                 */
                function MsgForkGroupResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgForkGroupResponse group_id.
                 * @member {number} group_id
                 * @memberof nrn.trainingset.v1.MsgForkGroupResponse
                 * @instance
                 */
                MsgForkGroupResponse.prototype.group_id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgForkGroupResponse version.
                 * @member {string} version
                 * @memberof nrn.trainingset.v1.MsgForkGroupResponse
                 * @instance
                 */
                MsgForkGroupResponse.prototype.version = "";

                /**
                 * Creates a new MsgForkGroupResponse instance using the specified properties.
                 * @function create
                 * @memberof nrn.trainingset.v1.MsgForkGroupResponse
                 * @static
                 * @param {nrn.trainingset.v1.IMsgForkGroupResponse=} [properties] Properties to set
                 * @returns {nrn.trainingset.v1.MsgForkGroupResponse} MsgForkGroupResponse instance
                 */
                MsgForkGroupResponse.create = function create(properties) {
                    return new MsgForkGroupResponse(properties);
                };

                /**
                 * Encodes the specified MsgForkGroupResponse message. Does not implicitly {@link nrn.trainingset.v1.MsgForkGroupResponse.verify|verify} messages.
                 * @function encode
                 * @memberof nrn.trainingset.v1.MsgForkGroupResponse
                 * @static
                 * @param {nrn.trainingset.v1.IMsgForkGroupResponse} message MsgForkGroupResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgForkGroupResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.group_id != null && Object.hasOwnProperty.call(message, "group_id"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.group_id);
                    if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.version);
                    return writer;
                };

                /**
                 * Decodes a MsgForkGroupResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof nrn.trainingset.v1.MsgForkGroupResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {nrn.trainingset.v1.MsgForkGroupResponse} MsgForkGroupResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgForkGroupResponse.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.nrn.trainingset.v1.MsgForkGroupResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.group_id = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.version = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for MsgForkGroupResponse
                 * @function getTypeUrl
                 * @memberof nrn.trainingset.v1.MsgForkGroupResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgForkGroupResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/nrn.trainingset.v1.MsgForkGroupResponse";
                };

                return MsgForkGroupResponse;
            })();

            return v1;
        })();

        return trainingset;
    })();

    return nrn;
})();

export { $root as default };
