import * as $protobuf from "protobufjs";
import Long = require("long");
/** Namespace nrn. */
export namespace nrn {

    /** Namespace bridge. */
    namespace bridge {

        /** Namespace v1. */
        namespace v1 {

            /** Properties of a QueryParamsRequest. */
            interface IQueryParamsRequest {
            }

            /** Represents a QueryParamsRequest. */
            class QueryParamsRequest implements IQueryParamsRequest {

                /**
                 * Constructs a new QueryParamsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.bridge.v1.IQueryParamsRequest);

                /**
                 * Creates a new QueryParamsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryParamsRequest instance
                 */
                public static create(properties?: nrn.bridge.v1.IQueryParamsRequest): nrn.bridge.v1.QueryParamsRequest;

                /**
                 * Encodes the specified QueryParamsRequest message. Does not implicitly {@link nrn.bridge.v1.QueryParamsRequest.verify|verify} messages.
                 * @param message QueryParamsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.bridge.v1.IQueryParamsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryParamsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryParamsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.bridge.v1.QueryParamsRequest;

                /**
                 * Gets the default type url for QueryParamsRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryParamsResponse. */
            interface IQueryParamsResponse {

                /** QueryParamsResponse params */
                params?: (nrn.bridge.v1.IParams|null);
            }

            /** Represents a QueryParamsResponse. */
            class QueryParamsResponse implements IQueryParamsResponse {

                /**
                 * Constructs a new QueryParamsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.bridge.v1.IQueryParamsResponse);

                /** QueryParamsResponse params. */
                public params?: (nrn.bridge.v1.IParams|null);

                /**
                 * Creates a new QueryParamsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryParamsResponse instance
                 */
                public static create(properties?: nrn.bridge.v1.IQueryParamsResponse): nrn.bridge.v1.QueryParamsResponse;

                /**
                 * Encodes the specified QueryParamsResponse message. Does not implicitly {@link nrn.bridge.v1.QueryParamsResponse.verify|verify} messages.
                 * @param message QueryParamsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.bridge.v1.IQueryParamsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryParamsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.bridge.v1.QueryParamsResponse;

                /**
                 * Gets the default type url for QueryParamsResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryValsetsRequest. */
            interface IQueryValsetsRequest {

                /** QueryValsetsRequest limit */
                limit?: (number|null);
            }

            /** Represents a QueryValsetsRequest. */
            class QueryValsetsRequest implements IQueryValsetsRequest {

                /**
                 * Constructs a new QueryValsetsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.bridge.v1.IQueryValsetsRequest);

                /** QueryValsetsRequest limit. */
                public limit: number;

                /**
                 * Creates a new QueryValsetsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryValsetsRequest instance
                 */
                public static create(properties?: nrn.bridge.v1.IQueryValsetsRequest): nrn.bridge.v1.QueryValsetsRequest;

                /**
                 * Encodes the specified QueryValsetsRequest message. Does not implicitly {@link nrn.bridge.v1.QueryValsetsRequest.verify|verify} messages.
                 * @param message QueryValsetsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.bridge.v1.IQueryValsetsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryValsetsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryValsetsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.bridge.v1.QueryValsetsRequest;

                /**
                 * Gets the default type url for QueryValsetsRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryValsetsResponse. */
            interface IQueryValsetsResponse {

                /** QueryValsetsResponse valsets */
                valsets?: (nrn.bridge.v1.IValsetWithConfirms[]|null);
            }

            /** Represents a QueryValsetsResponse. */
            class QueryValsetsResponse implements IQueryValsetsResponse {

                /**
                 * Constructs a new QueryValsetsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.bridge.v1.IQueryValsetsResponse);

                /** QueryValsetsResponse valsets. */
                public valsets: nrn.bridge.v1.IValsetWithConfirms[];

                /**
                 * Creates a new QueryValsetsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryValsetsResponse instance
                 */
                public static create(properties?: nrn.bridge.v1.IQueryValsetsResponse): nrn.bridge.v1.QueryValsetsResponse;

                /**
                 * Encodes the specified QueryValsetsResponse message. Does not implicitly {@link nrn.bridge.v1.QueryValsetsResponse.verify|verify} messages.
                 * @param message QueryValsetsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.bridge.v1.IQueryValsetsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryValsetsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryValsetsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.bridge.v1.QueryValsetsResponse;

                /**
                 * Gets the default type url for QueryValsetsResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryValsetRequest. */
            interface IQueryValsetRequest {

                /** QueryValsetRequest nonce */
                nonce?: (number|null);
            }

            /** Represents a QueryValsetRequest. */
            class QueryValsetRequest implements IQueryValsetRequest {

                /**
                 * Constructs a new QueryValsetRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.bridge.v1.IQueryValsetRequest);

                /** QueryValsetRequest nonce. */
                public nonce: number;

                /**
                 * Creates a new QueryValsetRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryValsetRequest instance
                 */
                public static create(properties?: nrn.bridge.v1.IQueryValsetRequest): nrn.bridge.v1.QueryValsetRequest;

                /**
                 * Encodes the specified QueryValsetRequest message. Does not implicitly {@link nrn.bridge.v1.QueryValsetRequest.verify|verify} messages.
                 * @param message QueryValsetRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.bridge.v1.IQueryValsetRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryValsetRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryValsetRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.bridge.v1.QueryValsetRequest;

                /**
                 * Gets the default type url for QueryValsetRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryValsetResponse. */
            interface IQueryValsetResponse {

                /** QueryValsetResponse valset */
                valset?: (nrn.bridge.v1.IValsetWithConfirms|null);

                /** QueryValsetResponse found */
                found?: (boolean|null);
            }

            /** Represents a QueryValsetResponse. */
            class QueryValsetResponse implements IQueryValsetResponse {

                /**
                 * Constructs a new QueryValsetResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.bridge.v1.IQueryValsetResponse);

                /** QueryValsetResponse valset. */
                public valset?: (nrn.bridge.v1.IValsetWithConfirms|null);

                /** QueryValsetResponse found. */
                public found: boolean;

                /**
                 * Creates a new QueryValsetResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryValsetResponse instance
                 */
                public static create(properties?: nrn.bridge.v1.IQueryValsetResponse): nrn.bridge.v1.QueryValsetResponse;

                /**
                 * Encodes the specified QueryValsetResponse message. Does not implicitly {@link nrn.bridge.v1.QueryValsetResponse.verify|verify} messages.
                 * @param message QueryValsetResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.bridge.v1.IQueryValsetResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryValsetResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryValsetResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.bridge.v1.QueryValsetResponse;

                /**
                 * Gets the default type url for QueryValsetResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryPendingBatchesRequest. */
            interface IQueryPendingBatchesRequest {
            }

            /** Represents a QueryPendingBatchesRequest. */
            class QueryPendingBatchesRequest implements IQueryPendingBatchesRequest {

                /**
                 * Constructs a new QueryPendingBatchesRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.bridge.v1.IQueryPendingBatchesRequest);

                /**
                 * Creates a new QueryPendingBatchesRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryPendingBatchesRequest instance
                 */
                public static create(properties?: nrn.bridge.v1.IQueryPendingBatchesRequest): nrn.bridge.v1.QueryPendingBatchesRequest;

                /**
                 * Encodes the specified QueryPendingBatchesRequest message. Does not implicitly {@link nrn.bridge.v1.QueryPendingBatchesRequest.verify|verify} messages.
                 * @param message QueryPendingBatchesRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.bridge.v1.IQueryPendingBatchesRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryPendingBatchesRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryPendingBatchesRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.bridge.v1.QueryPendingBatchesRequest;

                /**
                 * Gets the default type url for QueryPendingBatchesRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryPendingBatchesResponse. */
            interface IQueryPendingBatchesResponse {

                /** QueryPendingBatchesResponse batches */
                batches?: (nrn.bridge.v1.IBatchWithConfirms[]|null);
            }

            /** Represents a QueryPendingBatchesResponse. */
            class QueryPendingBatchesResponse implements IQueryPendingBatchesResponse {

                /**
                 * Constructs a new QueryPendingBatchesResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.bridge.v1.IQueryPendingBatchesResponse);

                /** QueryPendingBatchesResponse batches. */
                public batches: nrn.bridge.v1.IBatchWithConfirms[];

                /**
                 * Creates a new QueryPendingBatchesResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryPendingBatchesResponse instance
                 */
                public static create(properties?: nrn.bridge.v1.IQueryPendingBatchesResponse): nrn.bridge.v1.QueryPendingBatchesResponse;

                /**
                 * Encodes the specified QueryPendingBatchesResponse message. Does not implicitly {@link nrn.bridge.v1.QueryPendingBatchesResponse.verify|verify} messages.
                 * @param message QueryPendingBatchesResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.bridge.v1.IQueryPendingBatchesResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryPendingBatchesResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryPendingBatchesResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.bridge.v1.QueryPendingBatchesResponse;

                /**
                 * Gets the default type url for QueryPendingBatchesResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryPendingTransfersRequest. */
            interface IQueryPendingTransfersRequest {
            }

            /** Represents a QueryPendingTransfersRequest. */
            class QueryPendingTransfersRequest implements IQueryPendingTransfersRequest {

                /**
                 * Constructs a new QueryPendingTransfersRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.bridge.v1.IQueryPendingTransfersRequest);

                /**
                 * Creates a new QueryPendingTransfersRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryPendingTransfersRequest instance
                 */
                public static create(properties?: nrn.bridge.v1.IQueryPendingTransfersRequest): nrn.bridge.v1.QueryPendingTransfersRequest;

                /**
                 * Encodes the specified QueryPendingTransfersRequest message. Does not implicitly {@link nrn.bridge.v1.QueryPendingTransfersRequest.verify|verify} messages.
                 * @param message QueryPendingTransfersRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.bridge.v1.IQueryPendingTransfersRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryPendingTransfersRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryPendingTransfersRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.bridge.v1.QueryPendingTransfersRequest;

                /**
                 * Gets the default type url for QueryPendingTransfersRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryPendingTransfersResponse. */
            interface IQueryPendingTransfersResponse {

                /** QueryPendingTransfersResponse transfers */
                transfers?: (nrn.bridge.v1.IOutgoingTransfer[]|null);
            }

            /** Represents a QueryPendingTransfersResponse. */
            class QueryPendingTransfersResponse implements IQueryPendingTransfersResponse {

                /**
                 * Constructs a new QueryPendingTransfersResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.bridge.v1.IQueryPendingTransfersResponse);

                /** QueryPendingTransfersResponse transfers. */
                public transfers: nrn.bridge.v1.IOutgoingTransfer[];

                /**
                 * Creates a new QueryPendingTransfersResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryPendingTransfersResponse instance
                 */
                public static create(properties?: nrn.bridge.v1.IQueryPendingTransfersResponse): nrn.bridge.v1.QueryPendingTransfersResponse;

                /**
                 * Encodes the specified QueryPendingTransfersResponse message. Does not implicitly {@link nrn.bridge.v1.QueryPendingTransfersResponse.verify|verify} messages.
                 * @param message QueryPendingTransfersResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.bridge.v1.IQueryPendingTransfersResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryPendingTransfersResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryPendingTransfersResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.bridge.v1.QueryPendingTransfersResponse;

                /**
                 * Gets the default type url for QueryPendingTransfersResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryLastEventNonceRequest. */
            interface IQueryLastEventNonceRequest {

                /** QueryLastEventNonceRequest validator */
                validator?: (string|null);
            }

            /** Represents a QueryLastEventNonceRequest. */
            class QueryLastEventNonceRequest implements IQueryLastEventNonceRequest {

                /**
                 * Constructs a new QueryLastEventNonceRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.bridge.v1.IQueryLastEventNonceRequest);

                /** QueryLastEventNonceRequest validator. */
                public validator: string;

                /**
                 * Creates a new QueryLastEventNonceRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryLastEventNonceRequest instance
                 */
                public static create(properties?: nrn.bridge.v1.IQueryLastEventNonceRequest): nrn.bridge.v1.QueryLastEventNonceRequest;

                /**
                 * Encodes the specified QueryLastEventNonceRequest message. Does not implicitly {@link nrn.bridge.v1.QueryLastEventNonceRequest.verify|verify} messages.
                 * @param message QueryLastEventNonceRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.bridge.v1.IQueryLastEventNonceRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryLastEventNonceRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryLastEventNonceRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.bridge.v1.QueryLastEventNonceRequest;

                /**
                 * Gets the default type url for QueryLastEventNonceRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryLastEventNonceResponse. */
            interface IQueryLastEventNonceResponse {

                /** QueryLastEventNonceResponse last_event_nonce */
                last_event_nonce?: (number|null);

                /** QueryLastEventNonceResponse last_observed_nonce */
                last_observed_nonce?: (number|null);

                /** QueryLastEventNonceResponse last_observed_eth_height */
                last_observed_eth_height?: (number|null);
            }

            /** Represents a QueryLastEventNonceResponse. */
            class QueryLastEventNonceResponse implements IQueryLastEventNonceResponse {

                /**
                 * Constructs a new QueryLastEventNonceResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.bridge.v1.IQueryLastEventNonceResponse);

                /** QueryLastEventNonceResponse last_event_nonce. */
                public last_event_nonce: number;

                /** QueryLastEventNonceResponse last_observed_nonce. */
                public last_observed_nonce: number;

                /** QueryLastEventNonceResponse last_observed_eth_height. */
                public last_observed_eth_height: number;

                /**
                 * Creates a new QueryLastEventNonceResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryLastEventNonceResponse instance
                 */
                public static create(properties?: nrn.bridge.v1.IQueryLastEventNonceResponse): nrn.bridge.v1.QueryLastEventNonceResponse;

                /**
                 * Encodes the specified QueryLastEventNonceResponse message. Does not implicitly {@link nrn.bridge.v1.QueryLastEventNonceResponse.verify|verify} messages.
                 * @param message QueryLastEventNonceResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.bridge.v1.IQueryLastEventNonceResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryLastEventNonceResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryLastEventNonceResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.bridge.v1.QueryLastEventNonceResponse;

                /**
                 * Gets the default type url for QueryLastEventNonceResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryEthKeysRequest. */
            interface IQueryEthKeysRequest {
            }

            /** Represents a QueryEthKeysRequest. */
            class QueryEthKeysRequest implements IQueryEthKeysRequest {

                /**
                 * Constructs a new QueryEthKeysRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.bridge.v1.IQueryEthKeysRequest);

                /**
                 * Creates a new QueryEthKeysRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryEthKeysRequest instance
                 */
                public static create(properties?: nrn.bridge.v1.IQueryEthKeysRequest): nrn.bridge.v1.QueryEthKeysRequest;

                /**
                 * Encodes the specified QueryEthKeysRequest message. Does not implicitly {@link nrn.bridge.v1.QueryEthKeysRequest.verify|verify} messages.
                 * @param message QueryEthKeysRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.bridge.v1.IQueryEthKeysRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryEthKeysRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryEthKeysRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.bridge.v1.QueryEthKeysRequest;

                /**
                 * Gets the default type url for QueryEthKeysRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryEthKeysResponse. */
            interface IQueryEthKeysResponse {

                /** QueryEthKeysResponse keys */
                keys?: (nrn.bridge.v1.IEthKey[]|null);
            }

            /** Represents a QueryEthKeysResponse. */
            class QueryEthKeysResponse implements IQueryEthKeysResponse {

                /**
                 * Constructs a new QueryEthKeysResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.bridge.v1.IQueryEthKeysResponse);

                /** QueryEthKeysResponse keys. */
                public keys: nrn.bridge.v1.IEthKey[];

                /**
                 * Creates a new QueryEthKeysResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryEthKeysResponse instance
                 */
                public static create(properties?: nrn.bridge.v1.IQueryEthKeysResponse): nrn.bridge.v1.QueryEthKeysResponse;

                /**
                 * Encodes the specified QueryEthKeysResponse message. Does not implicitly {@link nrn.bridge.v1.QueryEthKeysResponse.verify|verify} messages.
                 * @param message QueryEthKeysResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.bridge.v1.IQueryEthKeysResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryEthKeysResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryEthKeysResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.bridge.v1.QueryEthKeysResponse;

                /**
                 * Gets the default type url for QueryEthKeysResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryAttestationsRequest. */
            interface IQueryAttestationsRequest {

                /** QueryAttestationsRequest event_nonce */
                event_nonce?: (number|null);
            }

            /** Represents a QueryAttestationsRequest. */
            class QueryAttestationsRequest implements IQueryAttestationsRequest {

                /**
                 * Constructs a new QueryAttestationsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.bridge.v1.IQueryAttestationsRequest);

                /** QueryAttestationsRequest event_nonce. */
                public event_nonce: number;

                /**
                 * Creates a new QueryAttestationsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryAttestationsRequest instance
                 */
                public static create(properties?: nrn.bridge.v1.IQueryAttestationsRequest): nrn.bridge.v1.QueryAttestationsRequest;

                /**
                 * Encodes the specified QueryAttestationsRequest message. Does not implicitly {@link nrn.bridge.v1.QueryAttestationsRequest.verify|verify} messages.
                 * @param message QueryAttestationsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.bridge.v1.IQueryAttestationsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryAttestationsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryAttestationsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.bridge.v1.QueryAttestationsRequest;

                /**
                 * Gets the default type url for QueryAttestationsRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryAttestationsResponse. */
            interface IQueryAttestationsResponse {

                /** QueryAttestationsResponse attestations */
                attestations?: (nrn.bridge.v1.IAttestation[]|null);
            }

            /** Represents a QueryAttestationsResponse. */
            class QueryAttestationsResponse implements IQueryAttestationsResponse {

                /**
                 * Constructs a new QueryAttestationsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.bridge.v1.IQueryAttestationsResponse);

                /** QueryAttestationsResponse attestations. */
                public attestations: nrn.bridge.v1.IAttestation[];

                /**
                 * Creates a new QueryAttestationsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryAttestationsResponse instance
                 */
                public static create(properties?: nrn.bridge.v1.IQueryAttestationsResponse): nrn.bridge.v1.QueryAttestationsResponse;

                /**
                 * Encodes the specified QueryAttestationsResponse message. Does not implicitly {@link nrn.bridge.v1.QueryAttestationsResponse.verify|verify} messages.
                 * @param message QueryAttestationsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.bridge.v1.IQueryAttestationsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryAttestationsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryAttestationsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.bridge.v1.QueryAttestationsResponse;

                /**
                 * Gets the default type url for QueryAttestationsResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryEscrowRequest. */
            interface IQueryEscrowRequest {
            }

            /** Represents a QueryEscrowRequest. */
            class QueryEscrowRequest implements IQueryEscrowRequest {

                /**
                 * Constructs a new QueryEscrowRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.bridge.v1.IQueryEscrowRequest);

                /**
                 * Creates a new QueryEscrowRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryEscrowRequest instance
                 */
                public static create(properties?: nrn.bridge.v1.IQueryEscrowRequest): nrn.bridge.v1.QueryEscrowRequest;

                /**
                 * Encodes the specified QueryEscrowRequest message. Does not implicitly {@link nrn.bridge.v1.QueryEscrowRequest.verify|verify} messages.
                 * @param message QueryEscrowRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.bridge.v1.IQueryEscrowRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryEscrowRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryEscrowRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.bridge.v1.QueryEscrowRequest;

                /**
                 * Gets the default type url for QueryEscrowRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryEscrowResponse. */
            interface IQueryEscrowResponse {

                /** QueryEscrowResponse escrowed */
                escrowed?: (string|null);

                /** QueryEscrowResponse outgoing_in_flight */
                outgoing_in_flight?: (string|null);
            }

            /** Represents a QueryEscrowResponse. */
            class QueryEscrowResponse implements IQueryEscrowResponse {

                /**
                 * Constructs a new QueryEscrowResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.bridge.v1.IQueryEscrowResponse);

                /** QueryEscrowResponse escrowed. */
                public escrowed: string;

                /** QueryEscrowResponse outgoing_in_flight. */
                public outgoing_in_flight: string;

                /**
                 * Creates a new QueryEscrowResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryEscrowResponse instance
                 */
                public static create(properties?: nrn.bridge.v1.IQueryEscrowResponse): nrn.bridge.v1.QueryEscrowResponse;

                /**
                 * Encodes the specified QueryEscrowResponse message. Does not implicitly {@link nrn.bridge.v1.QueryEscrowResponse.verify|verify} messages.
                 * @param message QueryEscrowResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.bridge.v1.IQueryEscrowResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryEscrowResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryEscrowResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.bridge.v1.QueryEscrowResponse;

                /**
                 * Gets the default type url for QueryEscrowResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QuerySettlementsRequest. */
            interface IQuerySettlementsRequest {
            }

            /** Represents a QuerySettlementsRequest. */
            class QuerySettlementsRequest implements IQuerySettlementsRequest {

                /**
                 * Constructs a new QuerySettlementsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.bridge.v1.IQuerySettlementsRequest);

                /**
                 * Creates a new QuerySettlementsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QuerySettlementsRequest instance
                 */
                public static create(properties?: nrn.bridge.v1.IQuerySettlementsRequest): nrn.bridge.v1.QuerySettlementsRequest;

                /**
                 * Encodes the specified QuerySettlementsRequest message. Does not implicitly {@link nrn.bridge.v1.QuerySettlementsRequest.verify|verify} messages.
                 * @param message QuerySettlementsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.bridge.v1.IQuerySettlementsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QuerySettlementsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QuerySettlementsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.bridge.v1.QuerySettlementsRequest;

                /**
                 * Gets the default type url for QuerySettlementsRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QuerySettlementsResponse. */
            interface IQuerySettlementsResponse {

                /** QuerySettlementsResponse settlements */
                settlements?: (nrn.bridge.v1.ISettlementWithConfirms[]|null);
            }

            /** Represents a QuerySettlementsResponse. */
            class QuerySettlementsResponse implements IQuerySettlementsResponse {

                /**
                 * Constructs a new QuerySettlementsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.bridge.v1.IQuerySettlementsResponse);

                /** QuerySettlementsResponse settlements. */
                public settlements: nrn.bridge.v1.ISettlementWithConfirms[];

                /**
                 * Creates a new QuerySettlementsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QuerySettlementsResponse instance
                 */
                public static create(properties?: nrn.bridge.v1.IQuerySettlementsResponse): nrn.bridge.v1.QuerySettlementsResponse;

                /**
                 * Encodes the specified QuerySettlementsResponse message. Does not implicitly {@link nrn.bridge.v1.QuerySettlementsResponse.verify|verify} messages.
                 * @param message QuerySettlementsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.bridge.v1.IQuerySettlementsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QuerySettlementsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QuerySettlementsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.bridge.v1.QuerySettlementsResponse;

                /**
                 * Gets the default type url for QuerySettlementsResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Params. */
            interface IParams {

                /** Params bridge_id */
                bridge_id?: (string|null);

                /** Params eth_chain_id */
                eth_chain_id?: (string|null);

                /** Params batch_max_size */
                batch_max_size?: (number|null);

                /** Params batch_timeout_eth_blocks */
                batch_timeout_eth_blocks?: (number|null);

                /** Params valset_change_percent */
                valset_change_percent?: (number|null);
            }

            /** Represents a Params. */
            class Params implements IParams {

                /**
                 * Constructs a new Params.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.bridge.v1.IParams);

                /** Params bridge_id. */
                public bridge_id: string;

                /** Params eth_chain_id. */
                public eth_chain_id: string;

                /** Params batch_max_size. */
                public batch_max_size: number;

                /** Params batch_timeout_eth_blocks. */
                public batch_timeout_eth_blocks: number;

                /** Params valset_change_percent. */
                public valset_change_percent: number;

                /**
                 * Creates a new Params instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Params instance
                 */
                public static create(properties?: nrn.bridge.v1.IParams): nrn.bridge.v1.Params;

                /**
                 * Encodes the specified Params message. Does not implicitly {@link nrn.bridge.v1.Params.verify|verify} messages.
                 * @param message Params message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.bridge.v1.IParams, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Params message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Params
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.bridge.v1.Params;

                /**
                 * Gets the default type url for Params
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of an EthKey. */
            interface IEthKey {

                /** EthKey validator */
                validator?: (string|null);

                /** EthKey eth_address */
                eth_address?: (string|null);
            }

            /** Represents an EthKey. */
            class EthKey implements IEthKey {

                /**
                 * Constructs a new EthKey.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.bridge.v1.IEthKey);

                /** EthKey validator. */
                public validator: string;

                /** EthKey eth_address. */
                public eth_address: string;

                /**
                 * Creates a new EthKey instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EthKey instance
                 */
                public static create(properties?: nrn.bridge.v1.IEthKey): nrn.bridge.v1.EthKey;

                /**
                 * Encodes the specified EthKey message. Does not implicitly {@link nrn.bridge.v1.EthKey.verify|verify} messages.
                 * @param message EthKey message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.bridge.v1.IEthKey, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EthKey message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns EthKey
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.bridge.v1.EthKey;

                /**
                 * Gets the default type url for EthKey
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of an OutgoingTransfer. */
            interface IOutgoingTransfer {

                /** OutgoingTransfer id */
                id?: (number|null);

                /** OutgoingTransfer sender */
                sender?: (string|null);

                /** OutgoingTransfer eth_dest */
                eth_dest?: (string|null);

                /** OutgoingTransfer amount */
                amount?: (string|null);

                /** OutgoingTransfer bridge_fee */
                bridge_fee?: (string|null);

                /** OutgoingTransfer batch_nonce */
                batch_nonce?: (number|null);
            }

            /** Represents an OutgoingTransfer. */
            class OutgoingTransfer implements IOutgoingTransfer {

                /**
                 * Constructs a new OutgoingTransfer.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.bridge.v1.IOutgoingTransfer);

                /** OutgoingTransfer id. */
                public id: number;

                /** OutgoingTransfer sender. */
                public sender: string;

                /** OutgoingTransfer eth_dest. */
                public eth_dest: string;

                /** OutgoingTransfer amount. */
                public amount: string;

                /** OutgoingTransfer bridge_fee. */
                public bridge_fee: string;

                /** OutgoingTransfer batch_nonce. */
                public batch_nonce: number;

                /**
                 * Creates a new OutgoingTransfer instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns OutgoingTransfer instance
                 */
                public static create(properties?: nrn.bridge.v1.IOutgoingTransfer): nrn.bridge.v1.OutgoingTransfer;

                /**
                 * Encodes the specified OutgoingTransfer message. Does not implicitly {@link nrn.bridge.v1.OutgoingTransfer.verify|verify} messages.
                 * @param message OutgoingTransfer message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.bridge.v1.IOutgoingTransfer, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an OutgoingTransfer message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns OutgoingTransfer
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.bridge.v1.OutgoingTransfer;

                /**
                 * Gets the default type url for OutgoingTransfer
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of an OutgoingBatch. */
            interface IOutgoingBatch {

                /** OutgoingBatch nonce */
                nonce?: (number|null);

                /** OutgoingBatch timeout */
                timeout?: (number|null);

                /** OutgoingBatch transfers */
                transfers?: (nrn.bridge.v1.IOutgoingTransfer[]|null);

                /** OutgoingBatch height */
                height?: (number|null);
            }

            /** Represents an OutgoingBatch. */
            class OutgoingBatch implements IOutgoingBatch {

                /**
                 * Constructs a new OutgoingBatch.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.bridge.v1.IOutgoingBatch);

                /** OutgoingBatch nonce. */
                public nonce: number;

                /** OutgoingBatch timeout. */
                public timeout: number;

                /** OutgoingBatch transfers. */
                public transfers: nrn.bridge.v1.IOutgoingTransfer[];

                /** OutgoingBatch height. */
                public height: number;

                /**
                 * Creates a new OutgoingBatch instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns OutgoingBatch instance
                 */
                public static create(properties?: nrn.bridge.v1.IOutgoingBatch): nrn.bridge.v1.OutgoingBatch;

                /**
                 * Encodes the specified OutgoingBatch message. Does not implicitly {@link nrn.bridge.v1.OutgoingBatch.verify|verify} messages.
                 * @param message OutgoingBatch message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.bridge.v1.IOutgoingBatch, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an OutgoingBatch message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns OutgoingBatch
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.bridge.v1.OutgoingBatch;

                /**
                 * Gets the default type url for OutgoingBatch
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a ValsetMember. */
            interface IValsetMember {

                /** ValsetMember eth_address */
                eth_address?: (string|null);

                /** ValsetMember power */
                power?: (string|null);

                /** ValsetMember validator */
                validator?: (string|null);
            }

            /** Represents a ValsetMember. */
            class ValsetMember implements IValsetMember {

                /**
                 * Constructs a new ValsetMember.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.bridge.v1.IValsetMember);

                /** ValsetMember eth_address. */
                public eth_address: string;

                /** ValsetMember power. */
                public power: string;

                /** ValsetMember validator. */
                public validator: string;

                /**
                 * Creates a new ValsetMember instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ValsetMember instance
                 */
                public static create(properties?: nrn.bridge.v1.IValsetMember): nrn.bridge.v1.ValsetMember;

                /**
                 * Encodes the specified ValsetMember message. Does not implicitly {@link nrn.bridge.v1.ValsetMember.verify|verify} messages.
                 * @param message ValsetMember message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.bridge.v1.IValsetMember, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ValsetMember message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns ValsetMember
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.bridge.v1.ValsetMember;

                /**
                 * Gets the default type url for ValsetMember
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Valset. */
            interface IValset {

                /** Valset nonce */
                nonce?: (number|null);

                /** Valset members */
                members?: (nrn.bridge.v1.IValsetMember[]|null);

                /** Valset height */
                height?: (number|null);
            }

            /** Represents a Valset. */
            class Valset implements IValset {

                /**
                 * Constructs a new Valset.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.bridge.v1.IValset);

                /** Valset nonce. */
                public nonce: number;

                /** Valset members. */
                public members: nrn.bridge.v1.IValsetMember[];

                /** Valset height. */
                public height: number;

                /**
                 * Creates a new Valset instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Valset instance
                 */
                public static create(properties?: nrn.bridge.v1.IValset): nrn.bridge.v1.Valset;

                /**
                 * Encodes the specified Valset message. Does not implicitly {@link nrn.bridge.v1.Valset.verify|verify} messages.
                 * @param message Valset message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.bridge.v1.IValset, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Valset message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Valset
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.bridge.v1.Valset;

                /**
                 * Gets the default type url for Valset
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Confirm. */
            interface IConfirm {

                /** Confirm validator */
                validator?: (string|null);

                /** Confirm eth_address */
                eth_address?: (string|null);

                /** Confirm signature */
                signature?: (string|null);
            }

            /** Represents a Confirm. */
            class Confirm implements IConfirm {

                /**
                 * Constructs a new Confirm.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.bridge.v1.IConfirm);

                /** Confirm validator. */
                public validator: string;

                /** Confirm eth_address. */
                public eth_address: string;

                /** Confirm signature. */
                public signature: string;

                /**
                 * Creates a new Confirm instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Confirm instance
                 */
                public static create(properties?: nrn.bridge.v1.IConfirm): nrn.bridge.v1.Confirm;

                /**
                 * Encodes the specified Confirm message. Does not implicitly {@link nrn.bridge.v1.Confirm.verify|verify} messages.
                 * @param message Confirm message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.bridge.v1.IConfirm, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Confirm message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Confirm
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.bridge.v1.Confirm;

                /**
                 * Gets the default type url for Confirm
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a ValsetWithConfirms. */
            interface IValsetWithConfirms {

                /** ValsetWithConfirms valset */
                valset?: (nrn.bridge.v1.IValset|null);

                /** ValsetWithConfirms confirms */
                confirms?: (nrn.bridge.v1.IConfirm[]|null);
            }

            /** Represents a ValsetWithConfirms. */
            class ValsetWithConfirms implements IValsetWithConfirms {

                /**
                 * Constructs a new ValsetWithConfirms.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.bridge.v1.IValsetWithConfirms);

                /** ValsetWithConfirms valset. */
                public valset?: (nrn.bridge.v1.IValset|null);

                /** ValsetWithConfirms confirms. */
                public confirms: nrn.bridge.v1.IConfirm[];

                /**
                 * Creates a new ValsetWithConfirms instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ValsetWithConfirms instance
                 */
                public static create(properties?: nrn.bridge.v1.IValsetWithConfirms): nrn.bridge.v1.ValsetWithConfirms;

                /**
                 * Encodes the specified ValsetWithConfirms message. Does not implicitly {@link nrn.bridge.v1.ValsetWithConfirms.verify|verify} messages.
                 * @param message ValsetWithConfirms message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.bridge.v1.IValsetWithConfirms, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ValsetWithConfirms message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns ValsetWithConfirms
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.bridge.v1.ValsetWithConfirms;

                /**
                 * Gets the default type url for ValsetWithConfirms
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a BatchWithConfirms. */
            interface IBatchWithConfirms {

                /** BatchWithConfirms batch */
                batch?: (nrn.bridge.v1.IOutgoingBatch|null);

                /** BatchWithConfirms confirms */
                confirms?: (nrn.bridge.v1.IConfirm[]|null);

                /** BatchWithConfirms digest */
                digest?: (string|null);
            }

            /** Represents a BatchWithConfirms. */
            class BatchWithConfirms implements IBatchWithConfirms {

                /**
                 * Constructs a new BatchWithConfirms.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.bridge.v1.IBatchWithConfirms);

                /** BatchWithConfirms batch. */
                public batch?: (nrn.bridge.v1.IOutgoingBatch|null);

                /** BatchWithConfirms confirms. */
                public confirms: nrn.bridge.v1.IConfirm[];

                /** BatchWithConfirms digest. */
                public digest: string;

                /**
                 * Creates a new BatchWithConfirms instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns BatchWithConfirms instance
                 */
                public static create(properties?: nrn.bridge.v1.IBatchWithConfirms): nrn.bridge.v1.BatchWithConfirms;

                /**
                 * Encodes the specified BatchWithConfirms message. Does not implicitly {@link nrn.bridge.v1.BatchWithConfirms.verify|verify} messages.
                 * @param message BatchWithConfirms message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.bridge.v1.IBatchWithConfirms, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a BatchWithConfirms message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns BatchWithConfirms
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.bridge.v1.BatchWithConfirms;

                /**
                 * Gets the default type url for BatchWithConfirms
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of an Attestation. */
            interface IAttestation {

                /** Attestation event_nonce */
                event_nonce?: (number|null);

                /** Attestation claim_hash */
                claim_hash?: (string|null);

                /** Attestation kind */
                kind?: (string|null);

                /** Attestation details */
                details?: (string|null);

                /** Attestation votes */
                votes?: (string[]|null);

                /** Attestation observed */
                observed?: (boolean|null);

                /** Attestation eth_block_height */
                eth_block_height?: (number|null);
            }

            /** Represents an Attestation. */
            class Attestation implements IAttestation {

                /**
                 * Constructs a new Attestation.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.bridge.v1.IAttestation);

                /** Attestation event_nonce. */
                public event_nonce: number;

                /** Attestation claim_hash. */
                public claim_hash: string;

                /** Attestation kind. */
                public kind: string;

                /** Attestation details. */
                public details: string;

                /** Attestation votes. */
                public votes: string[];

                /** Attestation observed. */
                public observed: boolean;

                /** Attestation eth_block_height. */
                public eth_block_height: number;

                /**
                 * Creates a new Attestation instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Attestation instance
                 */
                public static create(properties?: nrn.bridge.v1.IAttestation): nrn.bridge.v1.Attestation;

                /**
                 * Encodes the specified Attestation message. Does not implicitly {@link nrn.bridge.v1.Attestation.verify|verify} messages.
                 * @param message Attestation message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.bridge.v1.IAttestation, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Attestation message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Attestation
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.bridge.v1.Attestation;

                /**
                 * Gets the default type url for Attestation
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Settlement. */
            interface ISettlement {

                /** Settlement group_id */
                group_id?: (number|null);

                /** Settlement nonce */
                nonce?: (number|null);

                /** Settlement training_set_version */
                training_set_version?: (string|null);

                /** Settlement checkpoint_cid */
                checkpoint_cid?: (string|null);

                /** Settlement height */
                height?: (number|null);
            }

            /** Represents a Settlement. */
            class Settlement implements ISettlement {

                /**
                 * Constructs a new Settlement.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.bridge.v1.ISettlement);

                /** Settlement group_id. */
                public group_id: number;

                /** Settlement nonce. */
                public nonce: number;

                /** Settlement training_set_version. */
                public training_set_version: string;

                /** Settlement checkpoint_cid. */
                public checkpoint_cid: string;

                /** Settlement height. */
                public height: number;

                /**
                 * Creates a new Settlement instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Settlement instance
                 */
                public static create(properties?: nrn.bridge.v1.ISettlement): nrn.bridge.v1.Settlement;

                /**
                 * Encodes the specified Settlement message. Does not implicitly {@link nrn.bridge.v1.Settlement.verify|verify} messages.
                 * @param message Settlement message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.bridge.v1.ISettlement, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Settlement message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Settlement
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.bridge.v1.Settlement;

                /**
                 * Gets the default type url for Settlement
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a SettlementWithConfirms. */
            interface ISettlementWithConfirms {

                /** SettlementWithConfirms settlement */
                settlement?: (nrn.bridge.v1.ISettlement|null);

                /** SettlementWithConfirms confirms */
                confirms?: (nrn.bridge.v1.IConfirm[]|null);

                /** SettlementWithConfirms digest */
                digest?: (string|null);
            }

            /** Represents a SettlementWithConfirms. */
            class SettlementWithConfirms implements ISettlementWithConfirms {

                /**
                 * Constructs a new SettlementWithConfirms.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.bridge.v1.ISettlementWithConfirms);

                /** SettlementWithConfirms settlement. */
                public settlement?: (nrn.bridge.v1.ISettlement|null);

                /** SettlementWithConfirms confirms. */
                public confirms: nrn.bridge.v1.IConfirm[];

                /** SettlementWithConfirms digest. */
                public digest: string;

                /**
                 * Creates a new SettlementWithConfirms instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SettlementWithConfirms instance
                 */
                public static create(properties?: nrn.bridge.v1.ISettlementWithConfirms): nrn.bridge.v1.SettlementWithConfirms;

                /**
                 * Encodes the specified SettlementWithConfirms message. Does not implicitly {@link nrn.bridge.v1.SettlementWithConfirms.verify|verify} messages.
                 * @param message SettlementWithConfirms message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.bridge.v1.ISettlementWithConfirms, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SettlementWithConfirms message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns SettlementWithConfirms
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.bridge.v1.SettlementWithConfirms;

                /**
                 * Gets the default type url for SettlementWithConfirms
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgRegisterEthKey. */
            interface IMsgRegisterEthKey {

                /** MsgRegisterEthKey validator */
                validator?: (string|null);

                /** MsgRegisterEthKey eth_address */
                eth_address?: (string|null);

                /** MsgRegisterEthKey signature */
                signature?: (string|null);
            }

            /** Represents a MsgRegisterEthKey. */
            class MsgRegisterEthKey implements IMsgRegisterEthKey {

                /**
                 * Constructs a new MsgRegisterEthKey.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.bridge.v1.IMsgRegisterEthKey);

                /** MsgRegisterEthKey validator. */
                public validator: string;

                /** MsgRegisterEthKey eth_address. */
                public eth_address: string;

                /** MsgRegisterEthKey signature. */
                public signature: string;

                /**
                 * Creates a new MsgRegisterEthKey instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgRegisterEthKey instance
                 */
                public static create(properties?: nrn.bridge.v1.IMsgRegisterEthKey): nrn.bridge.v1.MsgRegisterEthKey;

                /**
                 * Encodes the specified MsgRegisterEthKey message. Does not implicitly {@link nrn.bridge.v1.MsgRegisterEthKey.verify|verify} messages.
                 * @param message MsgRegisterEthKey message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.bridge.v1.IMsgRegisterEthKey, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgRegisterEthKey message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgRegisterEthKey
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.bridge.v1.MsgRegisterEthKey;

                /**
                 * Gets the default type url for MsgRegisterEthKey
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgRegisterEthKeyResponse. */
            interface IMsgRegisterEthKeyResponse {
            }

            /** Represents a MsgRegisterEthKeyResponse. */
            class MsgRegisterEthKeyResponse implements IMsgRegisterEthKeyResponse {

                /**
                 * Constructs a new MsgRegisterEthKeyResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.bridge.v1.IMsgRegisterEthKeyResponse);

                /**
                 * Creates a new MsgRegisterEthKeyResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgRegisterEthKeyResponse instance
                 */
                public static create(properties?: nrn.bridge.v1.IMsgRegisterEthKeyResponse): nrn.bridge.v1.MsgRegisterEthKeyResponse;

                /**
                 * Encodes the specified MsgRegisterEthKeyResponse message. Does not implicitly {@link nrn.bridge.v1.MsgRegisterEthKeyResponse.verify|verify} messages.
                 * @param message MsgRegisterEthKeyResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.bridge.v1.IMsgRegisterEthKeyResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgRegisterEthKeyResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgRegisterEthKeyResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.bridge.v1.MsgRegisterEthKeyResponse;

                /**
                 * Gets the default type url for MsgRegisterEthKeyResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgSendToEth. */
            interface IMsgSendToEth {

                /** MsgSendToEth sender */
                sender?: (string|null);

                /** MsgSendToEth eth_dest */
                eth_dest?: (string|null);

                /** MsgSendToEth amount */
                amount?: (string|null);

                /** MsgSendToEth bridge_fee */
                bridge_fee?: (string|null);
            }

            /** Represents a MsgSendToEth. */
            class MsgSendToEth implements IMsgSendToEth {

                /**
                 * Constructs a new MsgSendToEth.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.bridge.v1.IMsgSendToEth);

                /** MsgSendToEth sender. */
                public sender: string;

                /** MsgSendToEth eth_dest. */
                public eth_dest: string;

                /** MsgSendToEth amount. */
                public amount: string;

                /** MsgSendToEth bridge_fee. */
                public bridge_fee: string;

                /**
                 * Creates a new MsgSendToEth instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgSendToEth instance
                 */
                public static create(properties?: nrn.bridge.v1.IMsgSendToEth): nrn.bridge.v1.MsgSendToEth;

                /**
                 * Encodes the specified MsgSendToEth message. Does not implicitly {@link nrn.bridge.v1.MsgSendToEth.verify|verify} messages.
                 * @param message MsgSendToEth message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.bridge.v1.IMsgSendToEth, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgSendToEth message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgSendToEth
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.bridge.v1.MsgSendToEth;

                /**
                 * Gets the default type url for MsgSendToEth
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgSendToEthResponse. */
            interface IMsgSendToEthResponse {

                /** MsgSendToEthResponse transfer_id */
                transfer_id?: (number|null);
            }

            /** Represents a MsgSendToEthResponse. */
            class MsgSendToEthResponse implements IMsgSendToEthResponse {

                /**
                 * Constructs a new MsgSendToEthResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.bridge.v1.IMsgSendToEthResponse);

                /** MsgSendToEthResponse transfer_id. */
                public transfer_id: number;

                /**
                 * Creates a new MsgSendToEthResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgSendToEthResponse instance
                 */
                public static create(properties?: nrn.bridge.v1.IMsgSendToEthResponse): nrn.bridge.v1.MsgSendToEthResponse;

                /**
                 * Encodes the specified MsgSendToEthResponse message. Does not implicitly {@link nrn.bridge.v1.MsgSendToEthResponse.verify|verify} messages.
                 * @param message MsgSendToEthResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.bridge.v1.IMsgSendToEthResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgSendToEthResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgSendToEthResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.bridge.v1.MsgSendToEthResponse;

                /**
                 * Gets the default type url for MsgSendToEthResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgCancelSendToEth. */
            interface IMsgCancelSendToEth {

                /** MsgCancelSendToEth sender */
                sender?: (string|null);

                /** MsgCancelSendToEth transfer_id */
                transfer_id?: (number|null);
            }

            /** Represents a MsgCancelSendToEth. */
            class MsgCancelSendToEth implements IMsgCancelSendToEth {

                /**
                 * Constructs a new MsgCancelSendToEth.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.bridge.v1.IMsgCancelSendToEth);

                /** MsgCancelSendToEth sender. */
                public sender: string;

                /** MsgCancelSendToEth transfer_id. */
                public transfer_id: number;

                /**
                 * Creates a new MsgCancelSendToEth instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgCancelSendToEth instance
                 */
                public static create(properties?: nrn.bridge.v1.IMsgCancelSendToEth): nrn.bridge.v1.MsgCancelSendToEth;

                /**
                 * Encodes the specified MsgCancelSendToEth message. Does not implicitly {@link nrn.bridge.v1.MsgCancelSendToEth.verify|verify} messages.
                 * @param message MsgCancelSendToEth message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.bridge.v1.IMsgCancelSendToEth, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgCancelSendToEth message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgCancelSendToEth
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.bridge.v1.MsgCancelSendToEth;

                /**
                 * Gets the default type url for MsgCancelSendToEth
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgCancelSendToEthResponse. */
            interface IMsgCancelSendToEthResponse {
            }

            /** Represents a MsgCancelSendToEthResponse. */
            class MsgCancelSendToEthResponse implements IMsgCancelSendToEthResponse {

                /**
                 * Constructs a new MsgCancelSendToEthResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.bridge.v1.IMsgCancelSendToEthResponse);

                /**
                 * Creates a new MsgCancelSendToEthResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgCancelSendToEthResponse instance
                 */
                public static create(properties?: nrn.bridge.v1.IMsgCancelSendToEthResponse): nrn.bridge.v1.MsgCancelSendToEthResponse;

                /**
                 * Encodes the specified MsgCancelSendToEthResponse message. Does not implicitly {@link nrn.bridge.v1.MsgCancelSendToEthResponse.verify|verify} messages.
                 * @param message MsgCancelSendToEthResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.bridge.v1.IMsgCancelSendToEthResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgCancelSendToEthResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgCancelSendToEthResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.bridge.v1.MsgCancelSendToEthResponse;

                /**
                 * Gets the default type url for MsgCancelSendToEthResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgConfirmValset. */
            interface IMsgConfirmValset {

                /** MsgConfirmValset validator */
                validator?: (string|null);

                /** MsgConfirmValset nonce */
                nonce?: (number|null);

                /** MsgConfirmValset signature */
                signature?: (string|null);
            }

            /** Represents a MsgConfirmValset. */
            class MsgConfirmValset implements IMsgConfirmValset {

                /**
                 * Constructs a new MsgConfirmValset.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.bridge.v1.IMsgConfirmValset);

                /** MsgConfirmValset validator. */
                public validator: string;

                /** MsgConfirmValset nonce. */
                public nonce: number;

                /** MsgConfirmValset signature. */
                public signature: string;

                /**
                 * Creates a new MsgConfirmValset instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgConfirmValset instance
                 */
                public static create(properties?: nrn.bridge.v1.IMsgConfirmValset): nrn.bridge.v1.MsgConfirmValset;

                /**
                 * Encodes the specified MsgConfirmValset message. Does not implicitly {@link nrn.bridge.v1.MsgConfirmValset.verify|verify} messages.
                 * @param message MsgConfirmValset message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.bridge.v1.IMsgConfirmValset, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgConfirmValset message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgConfirmValset
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.bridge.v1.MsgConfirmValset;

                /**
                 * Gets the default type url for MsgConfirmValset
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgConfirmValsetResponse. */
            interface IMsgConfirmValsetResponse {
            }

            /** Represents a MsgConfirmValsetResponse. */
            class MsgConfirmValsetResponse implements IMsgConfirmValsetResponse {

                /**
                 * Constructs a new MsgConfirmValsetResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.bridge.v1.IMsgConfirmValsetResponse);

                /**
                 * Creates a new MsgConfirmValsetResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgConfirmValsetResponse instance
                 */
                public static create(properties?: nrn.bridge.v1.IMsgConfirmValsetResponse): nrn.bridge.v1.MsgConfirmValsetResponse;

                /**
                 * Encodes the specified MsgConfirmValsetResponse message. Does not implicitly {@link nrn.bridge.v1.MsgConfirmValsetResponse.verify|verify} messages.
                 * @param message MsgConfirmValsetResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.bridge.v1.IMsgConfirmValsetResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgConfirmValsetResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgConfirmValsetResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.bridge.v1.MsgConfirmValsetResponse;

                /**
                 * Gets the default type url for MsgConfirmValsetResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgConfirmBatch. */
            interface IMsgConfirmBatch {

                /** MsgConfirmBatch validator */
                validator?: (string|null);

                /** MsgConfirmBatch nonce */
                nonce?: (number|null);

                /** MsgConfirmBatch signature */
                signature?: (string|null);
            }

            /** Represents a MsgConfirmBatch. */
            class MsgConfirmBatch implements IMsgConfirmBatch {

                /**
                 * Constructs a new MsgConfirmBatch.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.bridge.v1.IMsgConfirmBatch);

                /** MsgConfirmBatch validator. */
                public validator: string;

                /** MsgConfirmBatch nonce. */
                public nonce: number;

                /** MsgConfirmBatch signature. */
                public signature: string;

                /**
                 * Creates a new MsgConfirmBatch instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgConfirmBatch instance
                 */
                public static create(properties?: nrn.bridge.v1.IMsgConfirmBatch): nrn.bridge.v1.MsgConfirmBatch;

                /**
                 * Encodes the specified MsgConfirmBatch message. Does not implicitly {@link nrn.bridge.v1.MsgConfirmBatch.verify|verify} messages.
                 * @param message MsgConfirmBatch message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.bridge.v1.IMsgConfirmBatch, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgConfirmBatch message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgConfirmBatch
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.bridge.v1.MsgConfirmBatch;

                /**
                 * Gets the default type url for MsgConfirmBatch
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgConfirmBatchResponse. */
            interface IMsgConfirmBatchResponse {
            }

            /** Represents a MsgConfirmBatchResponse. */
            class MsgConfirmBatchResponse implements IMsgConfirmBatchResponse {

                /**
                 * Constructs a new MsgConfirmBatchResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.bridge.v1.IMsgConfirmBatchResponse);

                /**
                 * Creates a new MsgConfirmBatchResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgConfirmBatchResponse instance
                 */
                public static create(properties?: nrn.bridge.v1.IMsgConfirmBatchResponse): nrn.bridge.v1.MsgConfirmBatchResponse;

                /**
                 * Encodes the specified MsgConfirmBatchResponse message. Does not implicitly {@link nrn.bridge.v1.MsgConfirmBatchResponse.verify|verify} messages.
                 * @param message MsgConfirmBatchResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.bridge.v1.IMsgConfirmBatchResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgConfirmBatchResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgConfirmBatchResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.bridge.v1.MsgConfirmBatchResponse;

                /**
                 * Gets the default type url for MsgConfirmBatchResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgConfirmSettlement. */
            interface IMsgConfirmSettlement {

                /** MsgConfirmSettlement validator */
                validator?: (string|null);

                /** MsgConfirmSettlement group_id */
                group_id?: (number|null);

                /** MsgConfirmSettlement nonce */
                nonce?: (number|null);

                /** MsgConfirmSettlement signature */
                signature?: (string|null);
            }

            /** Represents a MsgConfirmSettlement. */
            class MsgConfirmSettlement implements IMsgConfirmSettlement {

                /**
                 * Constructs a new MsgConfirmSettlement.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.bridge.v1.IMsgConfirmSettlement);

                /** MsgConfirmSettlement validator. */
                public validator: string;

                /** MsgConfirmSettlement group_id. */
                public group_id: number;

                /** MsgConfirmSettlement nonce. */
                public nonce: number;

                /** MsgConfirmSettlement signature. */
                public signature: string;

                /**
                 * Creates a new MsgConfirmSettlement instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgConfirmSettlement instance
                 */
                public static create(properties?: nrn.bridge.v1.IMsgConfirmSettlement): nrn.bridge.v1.MsgConfirmSettlement;

                /**
                 * Encodes the specified MsgConfirmSettlement message. Does not implicitly {@link nrn.bridge.v1.MsgConfirmSettlement.verify|verify} messages.
                 * @param message MsgConfirmSettlement message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.bridge.v1.IMsgConfirmSettlement, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgConfirmSettlement message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgConfirmSettlement
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.bridge.v1.MsgConfirmSettlement;

                /**
                 * Gets the default type url for MsgConfirmSettlement
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgConfirmSettlementResponse. */
            interface IMsgConfirmSettlementResponse {
            }

            /** Represents a MsgConfirmSettlementResponse. */
            class MsgConfirmSettlementResponse implements IMsgConfirmSettlementResponse {

                /**
                 * Constructs a new MsgConfirmSettlementResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.bridge.v1.IMsgConfirmSettlementResponse);

                /**
                 * Creates a new MsgConfirmSettlementResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgConfirmSettlementResponse instance
                 */
                public static create(properties?: nrn.bridge.v1.IMsgConfirmSettlementResponse): nrn.bridge.v1.MsgConfirmSettlementResponse;

                /**
                 * Encodes the specified MsgConfirmSettlementResponse message. Does not implicitly {@link nrn.bridge.v1.MsgConfirmSettlementResponse.verify|verify} messages.
                 * @param message MsgConfirmSettlementResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.bridge.v1.IMsgConfirmSettlementResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgConfirmSettlementResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgConfirmSettlementResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.bridge.v1.MsgConfirmSettlementResponse;

                /**
                 * Gets the default type url for MsgConfirmSettlementResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgDepositClaim. */
            interface IMsgDepositClaim {

                /** MsgDepositClaim validator */
                validator?: (string|null);

                /** MsgDepositClaim event_nonce */
                event_nonce?: (number|null);

                /** MsgDepositClaim eth_block_height */
                eth_block_height?: (number|null);

                /** MsgDepositClaim eth_sender */
                eth_sender?: (string|null);

                /** MsgDepositClaim nrn_recipient */
                nrn_recipient?: (string|null);

                /** MsgDepositClaim amount */
                amount?: (string|null);
            }

            /** Represents a MsgDepositClaim. */
            class MsgDepositClaim implements IMsgDepositClaim {

                /**
                 * Constructs a new MsgDepositClaim.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.bridge.v1.IMsgDepositClaim);

                /** MsgDepositClaim validator. */
                public validator: string;

                /** MsgDepositClaim event_nonce. */
                public event_nonce: number;

                /** MsgDepositClaim eth_block_height. */
                public eth_block_height: number;

                /** MsgDepositClaim eth_sender. */
                public eth_sender: string;

                /** MsgDepositClaim nrn_recipient. */
                public nrn_recipient: string;

                /** MsgDepositClaim amount. */
                public amount: string;

                /**
                 * Creates a new MsgDepositClaim instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgDepositClaim instance
                 */
                public static create(properties?: nrn.bridge.v1.IMsgDepositClaim): nrn.bridge.v1.MsgDepositClaim;

                /**
                 * Encodes the specified MsgDepositClaim message. Does not implicitly {@link nrn.bridge.v1.MsgDepositClaim.verify|verify} messages.
                 * @param message MsgDepositClaim message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.bridge.v1.IMsgDepositClaim, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgDepositClaim message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgDepositClaim
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.bridge.v1.MsgDepositClaim;

                /**
                 * Gets the default type url for MsgDepositClaim
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgDepositClaimResponse. */
            interface IMsgDepositClaimResponse {
            }

            /** Represents a MsgDepositClaimResponse. */
            class MsgDepositClaimResponse implements IMsgDepositClaimResponse {

                /**
                 * Constructs a new MsgDepositClaimResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.bridge.v1.IMsgDepositClaimResponse);

                /**
                 * Creates a new MsgDepositClaimResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgDepositClaimResponse instance
                 */
                public static create(properties?: nrn.bridge.v1.IMsgDepositClaimResponse): nrn.bridge.v1.MsgDepositClaimResponse;

                /**
                 * Encodes the specified MsgDepositClaimResponse message. Does not implicitly {@link nrn.bridge.v1.MsgDepositClaimResponse.verify|verify} messages.
                 * @param message MsgDepositClaimResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.bridge.v1.IMsgDepositClaimResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgDepositClaimResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgDepositClaimResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.bridge.v1.MsgDepositClaimResponse;

                /**
                 * Gets the default type url for MsgDepositClaimResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgBatchExecutedClaim. */
            interface IMsgBatchExecutedClaim {

                /** MsgBatchExecutedClaim validator */
                validator?: (string|null);

                /** MsgBatchExecutedClaim event_nonce */
                event_nonce?: (number|null);

                /** MsgBatchExecutedClaim eth_block_height */
                eth_block_height?: (number|null);

                /** MsgBatchExecutedClaim batch_nonce */
                batch_nonce?: (number|null);
            }

            /** Represents a MsgBatchExecutedClaim. */
            class MsgBatchExecutedClaim implements IMsgBatchExecutedClaim {

                /**
                 * Constructs a new MsgBatchExecutedClaim.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.bridge.v1.IMsgBatchExecutedClaim);

                /** MsgBatchExecutedClaim validator. */
                public validator: string;

                /** MsgBatchExecutedClaim event_nonce. */
                public event_nonce: number;

                /** MsgBatchExecutedClaim eth_block_height. */
                public eth_block_height: number;

                /** MsgBatchExecutedClaim batch_nonce. */
                public batch_nonce: number;

                /**
                 * Creates a new MsgBatchExecutedClaim instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgBatchExecutedClaim instance
                 */
                public static create(properties?: nrn.bridge.v1.IMsgBatchExecutedClaim): nrn.bridge.v1.MsgBatchExecutedClaim;

                /**
                 * Encodes the specified MsgBatchExecutedClaim message. Does not implicitly {@link nrn.bridge.v1.MsgBatchExecutedClaim.verify|verify} messages.
                 * @param message MsgBatchExecutedClaim message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.bridge.v1.IMsgBatchExecutedClaim, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgBatchExecutedClaim message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgBatchExecutedClaim
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.bridge.v1.MsgBatchExecutedClaim;

                /**
                 * Gets the default type url for MsgBatchExecutedClaim
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgBatchExecutedClaimResponse. */
            interface IMsgBatchExecutedClaimResponse {
            }

            /** Represents a MsgBatchExecutedClaimResponse. */
            class MsgBatchExecutedClaimResponse implements IMsgBatchExecutedClaimResponse {

                /**
                 * Constructs a new MsgBatchExecutedClaimResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.bridge.v1.IMsgBatchExecutedClaimResponse);

                /**
                 * Creates a new MsgBatchExecutedClaimResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgBatchExecutedClaimResponse instance
                 */
                public static create(properties?: nrn.bridge.v1.IMsgBatchExecutedClaimResponse): nrn.bridge.v1.MsgBatchExecutedClaimResponse;

                /**
                 * Encodes the specified MsgBatchExecutedClaimResponse message. Does not implicitly {@link nrn.bridge.v1.MsgBatchExecutedClaimResponse.verify|verify} messages.
                 * @param message MsgBatchExecutedClaimResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.bridge.v1.IMsgBatchExecutedClaimResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgBatchExecutedClaimResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgBatchExecutedClaimResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.bridge.v1.MsgBatchExecutedClaimResponse;

                /**
                 * Gets the default type url for MsgBatchExecutedClaimResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgValsetUpdatedClaim. */
            interface IMsgValsetUpdatedClaim {

                /** MsgValsetUpdatedClaim validator */
                validator?: (string|null);

                /** MsgValsetUpdatedClaim event_nonce */
                event_nonce?: (number|null);

                /** MsgValsetUpdatedClaim eth_block_height */
                eth_block_height?: (number|null);

                /** MsgValsetUpdatedClaim valset_nonce */
                valset_nonce?: (number|null);
            }

            /** Represents a MsgValsetUpdatedClaim. */
            class MsgValsetUpdatedClaim implements IMsgValsetUpdatedClaim {

                /**
                 * Constructs a new MsgValsetUpdatedClaim.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.bridge.v1.IMsgValsetUpdatedClaim);

                /** MsgValsetUpdatedClaim validator. */
                public validator: string;

                /** MsgValsetUpdatedClaim event_nonce. */
                public event_nonce: number;

                /** MsgValsetUpdatedClaim eth_block_height. */
                public eth_block_height: number;

                /** MsgValsetUpdatedClaim valset_nonce. */
                public valset_nonce: number;

                /**
                 * Creates a new MsgValsetUpdatedClaim instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgValsetUpdatedClaim instance
                 */
                public static create(properties?: nrn.bridge.v1.IMsgValsetUpdatedClaim): nrn.bridge.v1.MsgValsetUpdatedClaim;

                /**
                 * Encodes the specified MsgValsetUpdatedClaim message. Does not implicitly {@link nrn.bridge.v1.MsgValsetUpdatedClaim.verify|verify} messages.
                 * @param message MsgValsetUpdatedClaim message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.bridge.v1.IMsgValsetUpdatedClaim, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgValsetUpdatedClaim message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgValsetUpdatedClaim
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.bridge.v1.MsgValsetUpdatedClaim;

                /**
                 * Gets the default type url for MsgValsetUpdatedClaim
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgValsetUpdatedClaimResponse. */
            interface IMsgValsetUpdatedClaimResponse {
            }

            /** Represents a MsgValsetUpdatedClaimResponse. */
            class MsgValsetUpdatedClaimResponse implements IMsgValsetUpdatedClaimResponse {

                /**
                 * Constructs a new MsgValsetUpdatedClaimResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.bridge.v1.IMsgValsetUpdatedClaimResponse);

                /**
                 * Creates a new MsgValsetUpdatedClaimResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgValsetUpdatedClaimResponse instance
                 */
                public static create(properties?: nrn.bridge.v1.IMsgValsetUpdatedClaimResponse): nrn.bridge.v1.MsgValsetUpdatedClaimResponse;

                /**
                 * Encodes the specified MsgValsetUpdatedClaimResponse message. Does not implicitly {@link nrn.bridge.v1.MsgValsetUpdatedClaimResponse.verify|verify} messages.
                 * @param message MsgValsetUpdatedClaimResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.bridge.v1.IMsgValsetUpdatedClaimResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgValsetUpdatedClaimResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgValsetUpdatedClaimResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.bridge.v1.MsgValsetUpdatedClaimResponse;

                /**
                 * Gets the default type url for MsgValsetUpdatedClaimResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }
    }

    /** Namespace checkpoint. */
    namespace checkpoint {

        /** Namespace v1. */
        namespace v1 {

            /** Properties of a GenesisState. */
            interface IGenesisState {

                /** GenesisState params */
                params?: (nrn.checkpoint.v1.IParams|null);
            }

            /** Represents a GenesisState. */
            class GenesisState implements IGenesisState {

                /**
                 * Constructs a new GenesisState.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.checkpoint.v1.IGenesisState);

                /** GenesisState params. */
                public params?: (nrn.checkpoint.v1.IParams|null);

                /**
                 * Creates a new GenesisState instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GenesisState instance
                 */
                public static create(properties?: nrn.checkpoint.v1.IGenesisState): nrn.checkpoint.v1.GenesisState;

                /**
                 * Encodes the specified GenesisState message. Does not implicitly {@link nrn.checkpoint.v1.GenesisState.verify|verify} messages.
                 * @param message GenesisState message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.checkpoint.v1.IGenesisState, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GenesisState message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns GenesisState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.checkpoint.v1.GenesisState;

                /**
                 * Gets the default type url for GenesisState
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Params. */
            interface IParams {

                /** Params reveal_deposit */
                reveal_deposit?: (string|null);

                /** Params default_tolerance_micro */
                default_tolerance_micro?: (number|null);
            }

            /** Represents a Params. */
            class Params implements IParams {

                /**
                 * Constructs a new Params.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.checkpoint.v1.IParams);

                /** Params reveal_deposit. */
                public reveal_deposit: string;

                /** Params default_tolerance_micro. */
                public default_tolerance_micro: number;

                /**
                 * Creates a new Params instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Params instance
                 */
                public static create(properties?: nrn.checkpoint.v1.IParams): nrn.checkpoint.v1.Params;

                /**
                 * Encodes the specified Params message. Does not implicitly {@link nrn.checkpoint.v1.Params.verify|verify} messages.
                 * @param message Params message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.checkpoint.v1.IParams, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Params message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Params
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.checkpoint.v1.Params;

                /**
                 * Gets the default type url for Params
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Commit. */
            interface ICommit {

                /** Commit trainer */
                trainer?: (string|null);

                /** Commit group_id */
                group_id?: (number|null);

                /** Commit round */
                round?: (number|null);

                /** Commit commitment */
                commitment?: (string|null);

                /** Commit height */
                height?: (number|null);

                /** Commit seq */
                seq?: (number|null);

                /** Commit deposit */
                deposit?: (string|null);

                /** Commit revealed_cid */
                revealed_cid?: (string|null);
            }

            /** Represents a Commit. */
            class Commit implements ICommit {

                /**
                 * Constructs a new Commit.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.checkpoint.v1.ICommit);

                /** Commit trainer. */
                public trainer: string;

                /** Commit group_id. */
                public group_id: number;

                /** Commit round. */
                public round: number;

                /** Commit commitment. */
                public commitment: string;

                /** Commit height. */
                public height: number;

                /** Commit seq. */
                public seq: number;

                /** Commit deposit. */
                public deposit: string;

                /** Commit revealed_cid. */
                public revealed_cid: string;

                /**
                 * Creates a new Commit instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Commit instance
                 */
                public static create(properties?: nrn.checkpoint.v1.ICommit): nrn.checkpoint.v1.Commit;

                /**
                 * Encodes the specified Commit message. Does not implicitly {@link nrn.checkpoint.v1.Commit.verify|verify} messages.
                 * @param message Commit message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.checkpoint.v1.ICommit, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Commit message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Commit
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.checkpoint.v1.Commit;

                /**
                 * Gets the default type url for Commit
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Checkpoint. */
            interface ICheckpoint {

                /** Checkpoint cid */
                cid?: (string|null);

                /** Checkpoint group_id */
                group_id?: (number|null);

                /** Checkpoint round */
                round?: (number|null);

                /** Checkpoint trainer */
                trainer?: (string|null);

                /** Checkpoint commitment */
                commitment?: (string|null);

                /** Checkpoint commit_height */
                commit_height?: (number|null);

                /** Checkpoint commit_seq */
                commit_seq?: (number|null);

                /** Checkpoint reveal_height */
                reveal_height?: (number|null);

                /** Checkpoint claimed_loss_micro */
                claimed_loss_micro?: (string|null);

                /** Checkpoint training_set_version */
                training_set_version?: (string|null);

                /** Checkpoint parent_cid */
                parent_cid?: (string|null);

                /** Checkpoint deposit */
                deposit?: (string|null);

                /** Checkpoint seed_block_hash */
                seed_block_hash?: (string|null);

                /** Checkpoint seed_height */
                seed_height?: (number|null);

                /** Checkpoint status */
                status?: (string|null);

                /** Checkpoint median_loss_micro */
                median_loss_micro?: (string|null);

                /** Checkpoint reported_power */
                reported_power?: (string|null);

                /** Checkpoint total_power */
                total_power?: (string|null);
            }

            /** Represents a Checkpoint. */
            class Checkpoint implements ICheckpoint {

                /**
                 * Constructs a new Checkpoint.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.checkpoint.v1.ICheckpoint);

                /** Checkpoint cid. */
                public cid: string;

                /** Checkpoint group_id. */
                public group_id: number;

                /** Checkpoint round. */
                public round: number;

                /** Checkpoint trainer. */
                public trainer: string;

                /** Checkpoint commitment. */
                public commitment: string;

                /** Checkpoint commit_height. */
                public commit_height: number;

                /** Checkpoint commit_seq. */
                public commit_seq: number;

                /** Checkpoint reveal_height. */
                public reveal_height: number;

                /** Checkpoint claimed_loss_micro. */
                public claimed_loss_micro: string;

                /** Checkpoint training_set_version. */
                public training_set_version: string;

                /** Checkpoint parent_cid. */
                public parent_cid: string;

                /** Checkpoint deposit. */
                public deposit: string;

                /** Checkpoint seed_block_hash. */
                public seed_block_hash: string;

                /** Checkpoint seed_height. */
                public seed_height: number;

                /** Checkpoint status. */
                public status: string;

                /** Checkpoint median_loss_micro. */
                public median_loss_micro: string;

                /** Checkpoint reported_power. */
                public reported_power: string;

                /** Checkpoint total_power. */
                public total_power: string;

                /**
                 * Creates a new Checkpoint instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Checkpoint instance
                 */
                public static create(properties?: nrn.checkpoint.v1.ICheckpoint): nrn.checkpoint.v1.Checkpoint;

                /**
                 * Encodes the specified Checkpoint message. Does not implicitly {@link nrn.checkpoint.v1.Checkpoint.verify|verify} messages.
                 * @param message Checkpoint message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.checkpoint.v1.ICheckpoint, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Checkpoint message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Checkpoint
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.checkpoint.v1.Checkpoint;

                /**
                 * Gets the default type url for Checkpoint
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a LossReport. */
            interface ILossReport {

                /** LossReport cid */
                cid?: (string|null);

                /** LossReport validator */
                validator?: (string|null);

                /** LossReport loss_micro */
                loss_micro?: (string|null);

                /** LossReport height */
                height?: (number|null);
            }

            /** Represents a LossReport. */
            class LossReport implements ILossReport {

                /**
                 * Constructs a new LossReport.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.checkpoint.v1.ILossReport);

                /** LossReport cid. */
                public cid: string;

                /** LossReport validator. */
                public validator: string;

                /** LossReport loss_micro. */
                public loss_micro: string;

                /** LossReport height. */
                public height: number;

                /**
                 * Creates a new LossReport instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns LossReport instance
                 */
                public static create(properties?: nrn.checkpoint.v1.ILossReport): nrn.checkpoint.v1.LossReport;

                /**
                 * Encodes the specified LossReport message. Does not implicitly {@link nrn.checkpoint.v1.LossReport.verify|verify} messages.
                 * @param message LossReport message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.checkpoint.v1.ILossReport, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a LossReport message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns LossReport
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.checkpoint.v1.LossReport;

                /**
                 * Gets the default type url for LossReport
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Round. */
            interface IRound {

                /** Round group_id */
                group_id?: (number|null);

                /** Round round */
                round?: (number|null);

                /** Round start_ms */
                start_ms?: (number|null);

                /** Round end_ms */
                end_ms?: (number|null);

                /** Round settled */
                settled?: (boolean|null);

                /** Round winner_cid */
                winner_cid?: (string|null);

                /** Round reward */
                reward?: (string|null);
            }

            /** Represents a Round. */
            class Round implements IRound {

                /**
                 * Constructs a new Round.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.checkpoint.v1.IRound);

                /** Round group_id. */
                public group_id: number;

                /** Round round. */
                public round: number;

                /** Round start_ms. */
                public start_ms: number;

                /** Round end_ms. */
                public end_ms: number;

                /** Round settled. */
                public settled: boolean;

                /** Round winner_cid. */
                public winner_cid: string;

                /** Round reward. */
                public reward: string;

                /**
                 * Creates a new Round instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Round instance
                 */
                public static create(properties?: nrn.checkpoint.v1.IRound): nrn.checkpoint.v1.Round;

                /**
                 * Encodes the specified Round message. Does not implicitly {@link nrn.checkpoint.v1.Round.verify|verify} messages.
                 * @param message Round message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.checkpoint.v1.IRound, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Round message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Round
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.checkpoint.v1.Round;

                /**
                 * Gets the default type url for Round
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a BestCheckpoint. */
            interface IBestCheckpoint {

                /** BestCheckpoint group_id */
                group_id?: (number|null);

                /** BestCheckpoint cid */
                cid?: (string|null);

                /** BestCheckpoint loss_micro */
                loss_micro?: (string|null);

                /** BestCheckpoint trainer */
                trainer?: (string|null);

                /** BestCheckpoint round */
                round?: (number|null);

                /** BestCheckpoint height */
                height?: (number|null);

                /** BestCheckpoint training_set_version */
                training_set_version?: (string|null);

                /** BestCheckpoint reward */
                reward?: (string|null);

                /** BestCheckpoint parent_cid */
                parent_cid?: (string|null);
            }

            /** Represents a BestCheckpoint. */
            class BestCheckpoint implements IBestCheckpoint {

                /**
                 * Constructs a new BestCheckpoint.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.checkpoint.v1.IBestCheckpoint);

                /** BestCheckpoint group_id. */
                public group_id: number;

                /** BestCheckpoint cid. */
                public cid: string;

                /** BestCheckpoint loss_micro. */
                public loss_micro: string;

                /** BestCheckpoint trainer. */
                public trainer: string;

                /** BestCheckpoint round. */
                public round: number;

                /** BestCheckpoint height. */
                public height: number;

                /** BestCheckpoint training_set_version. */
                public training_set_version: string;

                /** BestCheckpoint reward. */
                public reward: string;

                /** BestCheckpoint parent_cid. */
                public parent_cid: string;

                /**
                 * Creates a new BestCheckpoint instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns BestCheckpoint instance
                 */
                public static create(properties?: nrn.checkpoint.v1.IBestCheckpoint): nrn.checkpoint.v1.BestCheckpoint;

                /**
                 * Encodes the specified BestCheckpoint message. Does not implicitly {@link nrn.checkpoint.v1.BestCheckpoint.verify|verify} messages.
                 * @param message BestCheckpoint message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.checkpoint.v1.IBestCheckpoint, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a BestCheckpoint message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns BestCheckpoint
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.checkpoint.v1.BestCheckpoint;

                /**
                 * Gets the default type url for BestCheckpoint
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryParamsRequest. */
            interface IQueryParamsRequest {
            }

            /** Represents a QueryParamsRequest. */
            class QueryParamsRequest implements IQueryParamsRequest {

                /**
                 * Constructs a new QueryParamsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.checkpoint.v1.IQueryParamsRequest);

                /**
                 * Creates a new QueryParamsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryParamsRequest instance
                 */
                public static create(properties?: nrn.checkpoint.v1.IQueryParamsRequest): nrn.checkpoint.v1.QueryParamsRequest;

                /**
                 * Encodes the specified QueryParamsRequest message. Does not implicitly {@link nrn.checkpoint.v1.QueryParamsRequest.verify|verify} messages.
                 * @param message QueryParamsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.checkpoint.v1.IQueryParamsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryParamsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryParamsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.checkpoint.v1.QueryParamsRequest;

                /**
                 * Gets the default type url for QueryParamsRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryParamsResponse. */
            interface IQueryParamsResponse {

                /** QueryParamsResponse params */
                params?: (nrn.checkpoint.v1.IParams|null);
            }

            /** Represents a QueryParamsResponse. */
            class QueryParamsResponse implements IQueryParamsResponse {

                /**
                 * Constructs a new QueryParamsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.checkpoint.v1.IQueryParamsResponse);

                /** QueryParamsResponse params. */
                public params?: (nrn.checkpoint.v1.IParams|null);

                /**
                 * Creates a new QueryParamsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryParamsResponse instance
                 */
                public static create(properties?: nrn.checkpoint.v1.IQueryParamsResponse): nrn.checkpoint.v1.QueryParamsResponse;

                /**
                 * Encodes the specified QueryParamsResponse message. Does not implicitly {@link nrn.checkpoint.v1.QueryParamsResponse.verify|verify} messages.
                 * @param message QueryParamsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.checkpoint.v1.IQueryParamsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryParamsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.checkpoint.v1.QueryParamsResponse;

                /**
                 * Gets the default type url for QueryParamsResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryBestRequest. */
            interface IQueryBestRequest {

                /** QueryBestRequest group_id */
                group_id?: (number|null);
            }

            /** Represents a QueryBestRequest. */
            class QueryBestRequest implements IQueryBestRequest {

                /**
                 * Constructs a new QueryBestRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.checkpoint.v1.IQueryBestRequest);

                /** QueryBestRequest group_id. */
                public group_id: number;

                /**
                 * Creates a new QueryBestRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryBestRequest instance
                 */
                public static create(properties?: nrn.checkpoint.v1.IQueryBestRequest): nrn.checkpoint.v1.QueryBestRequest;

                /**
                 * Encodes the specified QueryBestRequest message. Does not implicitly {@link nrn.checkpoint.v1.QueryBestRequest.verify|verify} messages.
                 * @param message QueryBestRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.checkpoint.v1.IQueryBestRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryBestRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryBestRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.checkpoint.v1.QueryBestRequest;

                /**
                 * Gets the default type url for QueryBestRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryBestResponse. */
            interface IQueryBestResponse {

                /** QueryBestResponse best */
                best?: (nrn.checkpoint.v1.IBestCheckpoint|null);

                /** QueryBestResponse found */
                found?: (boolean|null);
            }

            /** Represents a QueryBestResponse. */
            class QueryBestResponse implements IQueryBestResponse {

                /**
                 * Constructs a new QueryBestResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.checkpoint.v1.IQueryBestResponse);

                /** QueryBestResponse best. */
                public best?: (nrn.checkpoint.v1.IBestCheckpoint|null);

                /** QueryBestResponse found. */
                public found: boolean;

                /**
                 * Creates a new QueryBestResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryBestResponse instance
                 */
                public static create(properties?: nrn.checkpoint.v1.IQueryBestResponse): nrn.checkpoint.v1.QueryBestResponse;

                /**
                 * Encodes the specified QueryBestResponse message. Does not implicitly {@link nrn.checkpoint.v1.QueryBestResponse.verify|verify} messages.
                 * @param message QueryBestResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.checkpoint.v1.IQueryBestResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryBestResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryBestResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.checkpoint.v1.QueryBestResponse;

                /**
                 * Gets the default type url for QueryBestResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryHistoryRequest. */
            interface IQueryHistoryRequest {

                /** QueryHistoryRequest group_id */
                group_id?: (number|null);
            }

            /** Represents a QueryHistoryRequest. */
            class QueryHistoryRequest implements IQueryHistoryRequest {

                /**
                 * Constructs a new QueryHistoryRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.checkpoint.v1.IQueryHistoryRequest);

                /** QueryHistoryRequest group_id. */
                public group_id: number;

                /**
                 * Creates a new QueryHistoryRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryHistoryRequest instance
                 */
                public static create(properties?: nrn.checkpoint.v1.IQueryHistoryRequest): nrn.checkpoint.v1.QueryHistoryRequest;

                /**
                 * Encodes the specified QueryHistoryRequest message. Does not implicitly {@link nrn.checkpoint.v1.QueryHistoryRequest.verify|verify} messages.
                 * @param message QueryHistoryRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.checkpoint.v1.IQueryHistoryRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryHistoryRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryHistoryRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.checkpoint.v1.QueryHistoryRequest;

                /**
                 * Gets the default type url for QueryHistoryRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryHistoryResponse. */
            interface IQueryHistoryResponse {

                /** QueryHistoryResponse history */
                history?: (nrn.checkpoint.v1.IBestCheckpoint[]|null);
            }

            /** Represents a QueryHistoryResponse. */
            class QueryHistoryResponse implements IQueryHistoryResponse {

                /**
                 * Constructs a new QueryHistoryResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.checkpoint.v1.IQueryHistoryResponse);

                /** QueryHistoryResponse history. */
                public history: nrn.checkpoint.v1.IBestCheckpoint[];

                /**
                 * Creates a new QueryHistoryResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryHistoryResponse instance
                 */
                public static create(properties?: nrn.checkpoint.v1.IQueryHistoryResponse): nrn.checkpoint.v1.QueryHistoryResponse;

                /**
                 * Encodes the specified QueryHistoryResponse message. Does not implicitly {@link nrn.checkpoint.v1.QueryHistoryResponse.verify|verify} messages.
                 * @param message QueryHistoryResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.checkpoint.v1.IQueryHistoryResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryHistoryResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryHistoryResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.checkpoint.v1.QueryHistoryResponse;

                /**
                 * Gets the default type url for QueryHistoryResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a CheckpointWithReports. */
            interface ICheckpointWithReports {

                /** CheckpointWithReports checkpoint */
                checkpoint?: (nrn.checkpoint.v1.ICheckpoint|null);

                /** CheckpointWithReports reports */
                reports?: (nrn.checkpoint.v1.ILossReport[]|null);
            }

            /** Represents a CheckpointWithReports. */
            class CheckpointWithReports implements ICheckpointWithReports {

                /**
                 * Constructs a new CheckpointWithReports.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.checkpoint.v1.ICheckpointWithReports);

                /** CheckpointWithReports checkpoint. */
                public checkpoint?: (nrn.checkpoint.v1.ICheckpoint|null);

                /** CheckpointWithReports reports. */
                public reports: nrn.checkpoint.v1.ILossReport[];

                /**
                 * Creates a new CheckpointWithReports instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns CheckpointWithReports instance
                 */
                public static create(properties?: nrn.checkpoint.v1.ICheckpointWithReports): nrn.checkpoint.v1.CheckpointWithReports;

                /**
                 * Encodes the specified CheckpointWithReports message. Does not implicitly {@link nrn.checkpoint.v1.CheckpointWithReports.verify|verify} messages.
                 * @param message CheckpointWithReports message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.checkpoint.v1.ICheckpointWithReports, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a CheckpointWithReports message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns CheckpointWithReports
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.checkpoint.v1.CheckpointWithReports;

                /**
                 * Gets the default type url for CheckpointWithReports
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryRoundRequest. */
            interface IQueryRoundRequest {

                /** QueryRoundRequest group_id */
                group_id?: (number|null);

                /** QueryRoundRequest round */
                round?: (number|null);
            }

            /** Represents a QueryRoundRequest. */
            class QueryRoundRequest implements IQueryRoundRequest {

                /**
                 * Constructs a new QueryRoundRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.checkpoint.v1.IQueryRoundRequest);

                /** QueryRoundRequest group_id. */
                public group_id: number;

                /** QueryRoundRequest round. */
                public round: number;

                /**
                 * Creates a new QueryRoundRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryRoundRequest instance
                 */
                public static create(properties?: nrn.checkpoint.v1.IQueryRoundRequest): nrn.checkpoint.v1.QueryRoundRequest;

                /**
                 * Encodes the specified QueryRoundRequest message. Does not implicitly {@link nrn.checkpoint.v1.QueryRoundRequest.verify|verify} messages.
                 * @param message QueryRoundRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.checkpoint.v1.IQueryRoundRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryRoundRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryRoundRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.checkpoint.v1.QueryRoundRequest;

                /**
                 * Gets the default type url for QueryRoundRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryRoundResponse. */
            interface IQueryRoundResponse {

                /** QueryRoundResponse round */
                round?: (nrn.checkpoint.v1.IRound|null);

                /** QueryRoundResponse commits */
                commits?: (nrn.checkpoint.v1.ICommit[]|null);

                /** QueryRoundResponse checkpoints */
                checkpoints?: (nrn.checkpoint.v1.ICheckpointWithReports[]|null);

                /** QueryRoundResponse found */
                found?: (boolean|null);
            }

            /** Represents a QueryRoundResponse. */
            class QueryRoundResponse implements IQueryRoundResponse {

                /**
                 * Constructs a new QueryRoundResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.checkpoint.v1.IQueryRoundResponse);

                /** QueryRoundResponse round. */
                public round?: (nrn.checkpoint.v1.IRound|null);

                /** QueryRoundResponse commits. */
                public commits: nrn.checkpoint.v1.ICommit[];

                /** QueryRoundResponse checkpoints. */
                public checkpoints: nrn.checkpoint.v1.ICheckpointWithReports[];

                /** QueryRoundResponse found. */
                public found: boolean;

                /**
                 * Creates a new QueryRoundResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryRoundResponse instance
                 */
                public static create(properties?: nrn.checkpoint.v1.IQueryRoundResponse): nrn.checkpoint.v1.QueryRoundResponse;

                /**
                 * Encodes the specified QueryRoundResponse message. Does not implicitly {@link nrn.checkpoint.v1.QueryRoundResponse.verify|verify} messages.
                 * @param message QueryRoundResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.checkpoint.v1.IQueryRoundResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryRoundResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryRoundResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.checkpoint.v1.QueryRoundResponse;

                /**
                 * Gets the default type url for QueryRoundResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryCheckpointRequest. */
            interface IQueryCheckpointRequest {

                /** QueryCheckpointRequest cid */
                cid?: (string|null);
            }

            /** Represents a QueryCheckpointRequest. */
            class QueryCheckpointRequest implements IQueryCheckpointRequest {

                /**
                 * Constructs a new QueryCheckpointRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.checkpoint.v1.IQueryCheckpointRequest);

                /** QueryCheckpointRequest cid. */
                public cid: string;

                /**
                 * Creates a new QueryCheckpointRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryCheckpointRequest instance
                 */
                public static create(properties?: nrn.checkpoint.v1.IQueryCheckpointRequest): nrn.checkpoint.v1.QueryCheckpointRequest;

                /**
                 * Encodes the specified QueryCheckpointRequest message. Does not implicitly {@link nrn.checkpoint.v1.QueryCheckpointRequest.verify|verify} messages.
                 * @param message QueryCheckpointRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.checkpoint.v1.IQueryCheckpointRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryCheckpointRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryCheckpointRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.checkpoint.v1.QueryCheckpointRequest;

                /**
                 * Gets the default type url for QueryCheckpointRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryCheckpointResponse. */
            interface IQueryCheckpointResponse {

                /** QueryCheckpointResponse checkpoint */
                checkpoint?: (nrn.checkpoint.v1.ICheckpointWithReports|null);
            }

            /** Represents a QueryCheckpointResponse. */
            class QueryCheckpointResponse implements IQueryCheckpointResponse {

                /**
                 * Constructs a new QueryCheckpointResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.checkpoint.v1.IQueryCheckpointResponse);

                /** QueryCheckpointResponse checkpoint. */
                public checkpoint?: (nrn.checkpoint.v1.ICheckpointWithReports|null);

                /**
                 * Creates a new QueryCheckpointResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryCheckpointResponse instance
                 */
                public static create(properties?: nrn.checkpoint.v1.IQueryCheckpointResponse): nrn.checkpoint.v1.QueryCheckpointResponse;

                /**
                 * Encodes the specified QueryCheckpointResponse message. Does not implicitly {@link nrn.checkpoint.v1.QueryCheckpointResponse.verify|verify} messages.
                 * @param message QueryCheckpointResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.checkpoint.v1.IQueryCheckpointResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryCheckpointResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryCheckpointResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.checkpoint.v1.QueryCheckpointResponse;

                /**
                 * Gets the default type url for QueryCheckpointResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryPendingRequest. */
            interface IQueryPendingRequest {
            }

            /** Represents a QueryPendingRequest. */
            class QueryPendingRequest implements IQueryPendingRequest {

                /**
                 * Constructs a new QueryPendingRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.checkpoint.v1.IQueryPendingRequest);

                /**
                 * Creates a new QueryPendingRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryPendingRequest instance
                 */
                public static create(properties?: nrn.checkpoint.v1.IQueryPendingRequest): nrn.checkpoint.v1.QueryPendingRequest;

                /**
                 * Encodes the specified QueryPendingRequest message. Does not implicitly {@link nrn.checkpoint.v1.QueryPendingRequest.verify|verify} messages.
                 * @param message QueryPendingRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.checkpoint.v1.IQueryPendingRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryPendingRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryPendingRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.checkpoint.v1.QueryPendingRequest;

                /**
                 * Gets the default type url for QueryPendingRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryPendingResponse. */
            interface IQueryPendingResponse {

                /** QueryPendingResponse checkpoints */
                checkpoints?: (nrn.checkpoint.v1.ICheckpointWithReports[]|null);
            }

            /** Represents a QueryPendingResponse. */
            class QueryPendingResponse implements IQueryPendingResponse {

                /**
                 * Constructs a new QueryPendingResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.checkpoint.v1.IQueryPendingResponse);

                /** QueryPendingResponse checkpoints. */
                public checkpoints: nrn.checkpoint.v1.ICheckpointWithReports[];

                /**
                 * Creates a new QueryPendingResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryPendingResponse instance
                 */
                public static create(properties?: nrn.checkpoint.v1.IQueryPendingResponse): nrn.checkpoint.v1.QueryPendingResponse;

                /**
                 * Encodes the specified QueryPendingResponse message. Does not implicitly {@link nrn.checkpoint.v1.QueryPendingResponse.verify|verify} messages.
                 * @param message QueryPendingResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.checkpoint.v1.IQueryPendingResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryPendingResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryPendingResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.checkpoint.v1.QueryPendingResponse;

                /**
                 * Gets the default type url for QueryPendingResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryCommitsRequest. */
            interface IQueryCommitsRequest {

                /** QueryCommitsRequest trainer */
                trainer?: (string|null);
            }

            /** Represents a QueryCommitsRequest. */
            class QueryCommitsRequest implements IQueryCommitsRequest {

                /**
                 * Constructs a new QueryCommitsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.checkpoint.v1.IQueryCommitsRequest);

                /** QueryCommitsRequest trainer. */
                public trainer: string;

                /**
                 * Creates a new QueryCommitsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryCommitsRequest instance
                 */
                public static create(properties?: nrn.checkpoint.v1.IQueryCommitsRequest): nrn.checkpoint.v1.QueryCommitsRequest;

                /**
                 * Encodes the specified QueryCommitsRequest message. Does not implicitly {@link nrn.checkpoint.v1.QueryCommitsRequest.verify|verify} messages.
                 * @param message QueryCommitsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.checkpoint.v1.IQueryCommitsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryCommitsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryCommitsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.checkpoint.v1.QueryCommitsRequest;

                /**
                 * Gets the default type url for QueryCommitsRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryCommitsResponse. */
            interface IQueryCommitsResponse {

                /** QueryCommitsResponse commits */
                commits?: (nrn.checkpoint.v1.ICommit[]|null);
            }

            /** Represents a QueryCommitsResponse. */
            class QueryCommitsResponse implements IQueryCommitsResponse {

                /**
                 * Constructs a new QueryCommitsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.checkpoint.v1.IQueryCommitsResponse);

                /** QueryCommitsResponse commits. */
                public commits: nrn.checkpoint.v1.ICommit[];

                /**
                 * Creates a new QueryCommitsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryCommitsResponse instance
                 */
                public static create(properties?: nrn.checkpoint.v1.IQueryCommitsResponse): nrn.checkpoint.v1.QueryCommitsResponse;

                /**
                 * Encodes the specified QueryCommitsResponse message. Does not implicitly {@link nrn.checkpoint.v1.QueryCommitsResponse.verify|verify} messages.
                 * @param message QueryCommitsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.checkpoint.v1.IQueryCommitsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryCommitsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryCommitsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.checkpoint.v1.QueryCommitsResponse;

                /**
                 * Gets the default type url for QueryCommitsResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgCommitCheckpoint. */
            interface IMsgCommitCheckpoint {

                /** MsgCommitCheckpoint trainer */
                trainer?: (string|null);

                /** MsgCommitCheckpoint group_id */
                group_id?: (number|null);

                /** MsgCommitCheckpoint commitment */
                commitment?: (string|null);
            }

            /** Represents a MsgCommitCheckpoint. */
            class MsgCommitCheckpoint implements IMsgCommitCheckpoint {

                /**
                 * Constructs a new MsgCommitCheckpoint.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.checkpoint.v1.IMsgCommitCheckpoint);

                /** MsgCommitCheckpoint trainer. */
                public trainer: string;

                /** MsgCommitCheckpoint group_id. */
                public group_id: number;

                /** MsgCommitCheckpoint commitment. */
                public commitment: string;

                /**
                 * Creates a new MsgCommitCheckpoint instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgCommitCheckpoint instance
                 */
                public static create(properties?: nrn.checkpoint.v1.IMsgCommitCheckpoint): nrn.checkpoint.v1.MsgCommitCheckpoint;

                /**
                 * Encodes the specified MsgCommitCheckpoint message. Does not implicitly {@link nrn.checkpoint.v1.MsgCommitCheckpoint.verify|verify} messages.
                 * @param message MsgCommitCheckpoint message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.checkpoint.v1.IMsgCommitCheckpoint, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgCommitCheckpoint message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgCommitCheckpoint
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.checkpoint.v1.MsgCommitCheckpoint;

                /**
                 * Gets the default type url for MsgCommitCheckpoint
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgCommitCheckpointResponse. */
            interface IMsgCommitCheckpointResponse {

                /** MsgCommitCheckpointResponse round */
                round?: (number|null);

                /** MsgCommitCheckpointResponse round_end_ms */
                round_end_ms?: (number|null);
            }

            /** Represents a MsgCommitCheckpointResponse. */
            class MsgCommitCheckpointResponse implements IMsgCommitCheckpointResponse {

                /**
                 * Constructs a new MsgCommitCheckpointResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.checkpoint.v1.IMsgCommitCheckpointResponse);

                /** MsgCommitCheckpointResponse round. */
                public round: number;

                /** MsgCommitCheckpointResponse round_end_ms. */
                public round_end_ms: number;

                /**
                 * Creates a new MsgCommitCheckpointResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgCommitCheckpointResponse instance
                 */
                public static create(properties?: nrn.checkpoint.v1.IMsgCommitCheckpointResponse): nrn.checkpoint.v1.MsgCommitCheckpointResponse;

                /**
                 * Encodes the specified MsgCommitCheckpointResponse message. Does not implicitly {@link nrn.checkpoint.v1.MsgCommitCheckpointResponse.verify|verify} messages.
                 * @param message MsgCommitCheckpointResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.checkpoint.v1.IMsgCommitCheckpointResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgCommitCheckpointResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgCommitCheckpointResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.checkpoint.v1.MsgCommitCheckpointResponse;

                /**
                 * Gets the default type url for MsgCommitCheckpointResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgRevealCheckpoint. */
            interface IMsgRevealCheckpoint {

                /** MsgRevealCheckpoint trainer */
                trainer?: (string|null);

                /** MsgRevealCheckpoint group_id */
                group_id?: (number|null);

                /** MsgRevealCheckpoint cid */
                cid?: (string|null);

                /** MsgRevealCheckpoint salt */
                salt?: (string|null);

                /** MsgRevealCheckpoint claimed_loss_micro */
                claimed_loss_micro?: (string|null);

                /** MsgRevealCheckpoint training_set_version */
                training_set_version?: (string|null);

                /** MsgRevealCheckpoint parent_cid */
                parent_cid?: (string|null);
            }

            /** Represents a MsgRevealCheckpoint. */
            class MsgRevealCheckpoint implements IMsgRevealCheckpoint {

                /**
                 * Constructs a new MsgRevealCheckpoint.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.checkpoint.v1.IMsgRevealCheckpoint);

                /** MsgRevealCheckpoint trainer. */
                public trainer: string;

                /** MsgRevealCheckpoint group_id. */
                public group_id: number;

                /** MsgRevealCheckpoint cid. */
                public cid: string;

                /** MsgRevealCheckpoint salt. */
                public salt: string;

                /** MsgRevealCheckpoint claimed_loss_micro. */
                public claimed_loss_micro: string;

                /** MsgRevealCheckpoint training_set_version. */
                public training_set_version: string;

                /** MsgRevealCheckpoint parent_cid. */
                public parent_cid: string;

                /**
                 * Creates a new MsgRevealCheckpoint instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgRevealCheckpoint instance
                 */
                public static create(properties?: nrn.checkpoint.v1.IMsgRevealCheckpoint): nrn.checkpoint.v1.MsgRevealCheckpoint;

                /**
                 * Encodes the specified MsgRevealCheckpoint message. Does not implicitly {@link nrn.checkpoint.v1.MsgRevealCheckpoint.verify|verify} messages.
                 * @param message MsgRevealCheckpoint message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.checkpoint.v1.IMsgRevealCheckpoint, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgRevealCheckpoint message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgRevealCheckpoint
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.checkpoint.v1.MsgRevealCheckpoint;

                /**
                 * Gets the default type url for MsgRevealCheckpoint
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgRevealCheckpointResponse. */
            interface IMsgRevealCheckpointResponse {

                /** MsgRevealCheckpointResponse round */
                round?: (number|null);
            }

            /** Represents a MsgRevealCheckpointResponse. */
            class MsgRevealCheckpointResponse implements IMsgRevealCheckpointResponse {

                /**
                 * Constructs a new MsgRevealCheckpointResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.checkpoint.v1.IMsgRevealCheckpointResponse);

                /** MsgRevealCheckpointResponse round. */
                public round: number;

                /**
                 * Creates a new MsgRevealCheckpointResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgRevealCheckpointResponse instance
                 */
                public static create(properties?: nrn.checkpoint.v1.IMsgRevealCheckpointResponse): nrn.checkpoint.v1.MsgRevealCheckpointResponse;

                /**
                 * Encodes the specified MsgRevealCheckpointResponse message. Does not implicitly {@link nrn.checkpoint.v1.MsgRevealCheckpointResponse.verify|verify} messages.
                 * @param message MsgRevealCheckpointResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.checkpoint.v1.IMsgRevealCheckpointResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgRevealCheckpointResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgRevealCheckpointResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.checkpoint.v1.MsgRevealCheckpointResponse;

                /**
                 * Gets the default type url for MsgRevealCheckpointResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgReportLoss. */
            interface IMsgReportLoss {

                /** MsgReportLoss validator */
                validator?: (string|null);

                /** MsgReportLoss cid */
                cid?: (string|null);

                /** MsgReportLoss loss_micro */
                loss_micro?: (string|null);
            }

            /** Represents a MsgReportLoss. */
            class MsgReportLoss implements IMsgReportLoss {

                /**
                 * Constructs a new MsgReportLoss.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.checkpoint.v1.IMsgReportLoss);

                /** MsgReportLoss validator. */
                public validator: string;

                /** MsgReportLoss cid. */
                public cid: string;

                /** MsgReportLoss loss_micro. */
                public loss_micro: string;

                /**
                 * Creates a new MsgReportLoss instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgReportLoss instance
                 */
                public static create(properties?: nrn.checkpoint.v1.IMsgReportLoss): nrn.checkpoint.v1.MsgReportLoss;

                /**
                 * Encodes the specified MsgReportLoss message. Does not implicitly {@link nrn.checkpoint.v1.MsgReportLoss.verify|verify} messages.
                 * @param message MsgReportLoss message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.checkpoint.v1.IMsgReportLoss, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgReportLoss message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgReportLoss
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.checkpoint.v1.MsgReportLoss;

                /**
                 * Gets the default type url for MsgReportLoss
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgReportLossResponse. */
            interface IMsgReportLossResponse {
            }

            /** Represents a MsgReportLossResponse. */
            class MsgReportLossResponse implements IMsgReportLossResponse {

                /**
                 * Constructs a new MsgReportLossResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.checkpoint.v1.IMsgReportLossResponse);

                /**
                 * Creates a new MsgReportLossResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgReportLossResponse instance
                 */
                public static create(properties?: nrn.checkpoint.v1.IMsgReportLossResponse): nrn.checkpoint.v1.MsgReportLossResponse;

                /**
                 * Encodes the specified MsgReportLossResponse message. Does not implicitly {@link nrn.checkpoint.v1.MsgReportLossResponse.verify|verify} messages.
                 * @param message MsgReportLossResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.checkpoint.v1.IMsgReportLossResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgReportLossResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgReportLossResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.checkpoint.v1.MsgReportLossResponse;

                /**
                 * Gets the default type url for MsgReportLossResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }
    }

    /** Namespace mint. */
    namespace mint {

        /** Namespace v1. */
        namespace v1 {

            /** Properties of a QueryParamsRequest. */
            interface IQueryParamsRequest {
            }

            /** Represents a QueryParamsRequest. */
            class QueryParamsRequest implements IQueryParamsRequest {

                /**
                 * Constructs a new QueryParamsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.mint.v1.IQueryParamsRequest);

                /**
                 * Creates a new QueryParamsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryParamsRequest instance
                 */
                public static create(properties?: nrn.mint.v1.IQueryParamsRequest): nrn.mint.v1.QueryParamsRequest;

                /**
                 * Encodes the specified QueryParamsRequest message. Does not implicitly {@link nrn.mint.v1.QueryParamsRequest.verify|verify} messages.
                 * @param message QueryParamsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.mint.v1.IQueryParamsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryParamsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryParamsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.mint.v1.QueryParamsRequest;

                /**
                 * Gets the default type url for QueryParamsRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryParamsResponse. */
            interface IQueryParamsResponse {

                /** QueryParamsResponse genesis_time_ms */
                genesis_time_ms?: (number|null);

                /** QueryParamsResponse halving_period_seconds */
                halving_period_seconds?: (number|null);

                /** QueryParamsResponse round_reward_per_million */
                round_reward_per_million?: (number|null);

                /** QueryParamsResponse delta_reward_per_million */
                delta_reward_per_million?: (number|null);
            }

            /** Represents a QueryParamsResponse. */
            class QueryParamsResponse implements IQueryParamsResponse {

                /**
                 * Constructs a new QueryParamsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.mint.v1.IQueryParamsResponse);

                /** QueryParamsResponse genesis_time_ms. */
                public genesis_time_ms: number;

                /** QueryParamsResponse halving_period_seconds. */
                public halving_period_seconds: number;

                /** QueryParamsResponse round_reward_per_million. */
                public round_reward_per_million: number;

                /** QueryParamsResponse delta_reward_per_million. */
                public delta_reward_per_million: number;

                /**
                 * Creates a new QueryParamsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryParamsResponse instance
                 */
                public static create(properties?: nrn.mint.v1.IQueryParamsResponse): nrn.mint.v1.QueryParamsResponse;

                /**
                 * Encodes the specified QueryParamsResponse message. Does not implicitly {@link nrn.mint.v1.QueryParamsResponse.verify|verify} messages.
                 * @param message QueryParamsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.mint.v1.IQueryParamsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryParamsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.mint.v1.QueryParamsResponse;

                /**
                 * Gets the default type url for QueryParamsResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryRewardsRequest. */
            interface IQueryRewardsRequest {
            }

            /** Represents a QueryRewardsRequest. */
            class QueryRewardsRequest implements IQueryRewardsRequest {

                /**
                 * Constructs a new QueryRewardsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.mint.v1.IQueryRewardsRequest);

                /**
                 * Creates a new QueryRewardsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryRewardsRequest instance
                 */
                public static create(properties?: nrn.mint.v1.IQueryRewardsRequest): nrn.mint.v1.QueryRewardsRequest;

                /**
                 * Encodes the specified QueryRewardsRequest message. Does not implicitly {@link nrn.mint.v1.QueryRewardsRequest.verify|verify} messages.
                 * @param message QueryRewardsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.mint.v1.IQueryRewardsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryRewardsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryRewardsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.mint.v1.QueryRewardsRequest;

                /**
                 * Gets the default type url for QueryRewardsRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryRewardsResponse. */
            interface IQueryRewardsResponse {

                /** QueryRewardsResponse block_time_ms */
                block_time_ms?: (number|null);

                /** QueryRewardsResponse halvings */
                halvings?: (number|null);

                /** QueryRewardsResponse supply */
                supply?: (string|null);

                /** QueryRewardsResponse round_reward */
                round_reward?: (string|null);

                /** QueryRewardsResponse delta_reward */
                delta_reward?: (string|null);
            }

            /** Represents a QueryRewardsResponse. */
            class QueryRewardsResponse implements IQueryRewardsResponse {

                /**
                 * Constructs a new QueryRewardsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.mint.v1.IQueryRewardsResponse);

                /** QueryRewardsResponse block_time_ms. */
                public block_time_ms: number;

                /** QueryRewardsResponse halvings. */
                public halvings: number;

                /** QueryRewardsResponse supply. */
                public supply: string;

                /** QueryRewardsResponse round_reward. */
                public round_reward: string;

                /** QueryRewardsResponse delta_reward. */
                public delta_reward: string;

                /**
                 * Creates a new QueryRewardsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryRewardsResponse instance
                 */
                public static create(properties?: nrn.mint.v1.IQueryRewardsResponse): nrn.mint.v1.QueryRewardsResponse;

                /**
                 * Encodes the specified QueryRewardsResponse message. Does not implicitly {@link nrn.mint.v1.QueryRewardsResponse.verify|verify} messages.
                 * @param message QueryRewardsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.mint.v1.IQueryRewardsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryRewardsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryRewardsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.mint.v1.QueryRewardsResponse;

                /**
                 * Gets the default type url for QueryRewardsResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }
    }

    /** Namespace trainingset. */
    namespace trainingset {

        /** Namespace v1. */
        namespace v1 {

            /** Properties of a QueryParamsRequest. */
            interface IQueryParamsRequest {
            }

            /** Represents a QueryParamsRequest. */
            class QueryParamsRequest implements IQueryParamsRequest {

                /**
                 * Constructs a new QueryParamsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.trainingset.v1.IQueryParamsRequest);

                /**
                 * Creates a new QueryParamsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryParamsRequest instance
                 */
                public static create(properties?: nrn.trainingset.v1.IQueryParamsRequest): nrn.trainingset.v1.QueryParamsRequest;

                /**
                 * Encodes the specified QueryParamsRequest message. Does not implicitly {@link nrn.trainingset.v1.QueryParamsRequest.verify|verify} messages.
                 * @param message QueryParamsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.trainingset.v1.IQueryParamsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryParamsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryParamsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.trainingset.v1.QueryParamsRequest;

                /**
                 * Gets the default type url for QueryParamsRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryParamsResponse. */
            interface IQueryParamsResponse {

                /** QueryParamsResponse params */
                params?: (nrn.trainingset.v1.IParams|null);
            }

            /** Represents a QueryParamsResponse. */
            class QueryParamsResponse implements IQueryParamsResponse {

                /**
                 * Constructs a new QueryParamsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.trainingset.v1.IQueryParamsResponse);

                /** QueryParamsResponse params. */
                public params?: (nrn.trainingset.v1.IParams|null);

                /**
                 * Creates a new QueryParamsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryParamsResponse instance
                 */
                public static create(properties?: nrn.trainingset.v1.IQueryParamsResponse): nrn.trainingset.v1.QueryParamsResponse;

                /**
                 * Encodes the specified QueryParamsResponse message. Does not implicitly {@link nrn.trainingset.v1.QueryParamsResponse.verify|verify} messages.
                 * @param message QueryParamsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.trainingset.v1.IQueryParamsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryParamsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.trainingset.v1.QueryParamsResponse;

                /**
                 * Gets the default type url for QueryParamsResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryGroupsRequest. */
            interface IQueryGroupsRequest {
            }

            /** Represents a QueryGroupsRequest. */
            class QueryGroupsRequest implements IQueryGroupsRequest {

                /**
                 * Constructs a new QueryGroupsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.trainingset.v1.IQueryGroupsRequest);

                /**
                 * Creates a new QueryGroupsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryGroupsRequest instance
                 */
                public static create(properties?: nrn.trainingset.v1.IQueryGroupsRequest): nrn.trainingset.v1.QueryGroupsRequest;

                /**
                 * Encodes the specified QueryGroupsRequest message. Does not implicitly {@link nrn.trainingset.v1.QueryGroupsRequest.verify|verify} messages.
                 * @param message QueryGroupsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.trainingset.v1.IQueryGroupsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryGroupsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryGroupsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.trainingset.v1.QueryGroupsRequest;

                /**
                 * Gets the default type url for QueryGroupsRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryGroupsResponse. */
            interface IQueryGroupsResponse {

                /** QueryGroupsResponse groups */
                groups?: (nrn.trainingset.v1.IGroup[]|null);
            }

            /** Represents a QueryGroupsResponse. */
            class QueryGroupsResponse implements IQueryGroupsResponse {

                /**
                 * Constructs a new QueryGroupsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.trainingset.v1.IQueryGroupsResponse);

                /** QueryGroupsResponse groups. */
                public groups: nrn.trainingset.v1.IGroup[];

                /**
                 * Creates a new QueryGroupsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryGroupsResponse instance
                 */
                public static create(properties?: nrn.trainingset.v1.IQueryGroupsResponse): nrn.trainingset.v1.QueryGroupsResponse;

                /**
                 * Encodes the specified QueryGroupsResponse message. Does not implicitly {@link nrn.trainingset.v1.QueryGroupsResponse.verify|verify} messages.
                 * @param message QueryGroupsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.trainingset.v1.IQueryGroupsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryGroupsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryGroupsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.trainingset.v1.QueryGroupsResponse;

                /**
                 * Gets the default type url for QueryGroupsResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryGroupRequest. */
            interface IQueryGroupRequest {

                /** QueryGroupRequest group_id */
                group_id?: (number|null);
            }

            /** Represents a QueryGroupRequest. */
            class QueryGroupRequest implements IQueryGroupRequest {

                /**
                 * Constructs a new QueryGroupRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.trainingset.v1.IQueryGroupRequest);

                /** QueryGroupRequest group_id. */
                public group_id: number;

                /**
                 * Creates a new QueryGroupRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryGroupRequest instance
                 */
                public static create(properties?: nrn.trainingset.v1.IQueryGroupRequest): nrn.trainingset.v1.QueryGroupRequest;

                /**
                 * Encodes the specified QueryGroupRequest message. Does not implicitly {@link nrn.trainingset.v1.QueryGroupRequest.verify|verify} messages.
                 * @param message QueryGroupRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.trainingset.v1.IQueryGroupRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryGroupRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryGroupRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.trainingset.v1.QueryGroupRequest;

                /**
                 * Gets the default type url for QueryGroupRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryGroupResponse. */
            interface IQueryGroupResponse {

                /** QueryGroupResponse group */
                group?: (nrn.trainingset.v1.IGroup|null);
            }

            /** Represents a QueryGroupResponse. */
            class QueryGroupResponse implements IQueryGroupResponse {

                /**
                 * Constructs a new QueryGroupResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.trainingset.v1.IQueryGroupResponse);

                /** QueryGroupResponse group. */
                public group?: (nrn.trainingset.v1.IGroup|null);

                /**
                 * Creates a new QueryGroupResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryGroupResponse instance
                 */
                public static create(properties?: nrn.trainingset.v1.IQueryGroupResponse): nrn.trainingset.v1.QueryGroupResponse;

                /**
                 * Encodes the specified QueryGroupResponse message. Does not implicitly {@link nrn.trainingset.v1.QueryGroupResponse.verify|verify} messages.
                 * @param message QueryGroupResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.trainingset.v1.IQueryGroupResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryGroupResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryGroupResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.trainingset.v1.QueryGroupResponse;

                /**
                 * Gets the default type url for QueryGroupResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryVersionsRequest. */
            interface IQueryVersionsRequest {

                /** QueryVersionsRequest group_id */
                group_id?: (number|null);
            }

            /** Represents a QueryVersionsRequest. */
            class QueryVersionsRequest implements IQueryVersionsRequest {

                /**
                 * Constructs a new QueryVersionsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.trainingset.v1.IQueryVersionsRequest);

                /** QueryVersionsRequest group_id. */
                public group_id: number;

                /**
                 * Creates a new QueryVersionsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryVersionsRequest instance
                 */
                public static create(properties?: nrn.trainingset.v1.IQueryVersionsRequest): nrn.trainingset.v1.QueryVersionsRequest;

                /**
                 * Encodes the specified QueryVersionsRequest message. Does not implicitly {@link nrn.trainingset.v1.QueryVersionsRequest.verify|verify} messages.
                 * @param message QueryVersionsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.trainingset.v1.IQueryVersionsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryVersionsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryVersionsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.trainingset.v1.QueryVersionsRequest;

                /**
                 * Gets the default type url for QueryVersionsRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryVersionsResponse. */
            interface IQueryVersionsResponse {

                /** QueryVersionsResponse versions */
                versions?: (nrn.trainingset.v1.IVersionRecord[]|null);
            }

            /** Represents a QueryVersionsResponse. */
            class QueryVersionsResponse implements IQueryVersionsResponse {

                /**
                 * Constructs a new QueryVersionsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.trainingset.v1.IQueryVersionsResponse);

                /** QueryVersionsResponse versions. */
                public versions: nrn.trainingset.v1.IVersionRecord[];

                /**
                 * Creates a new QueryVersionsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryVersionsResponse instance
                 */
                public static create(properties?: nrn.trainingset.v1.IQueryVersionsResponse): nrn.trainingset.v1.QueryVersionsResponse;

                /**
                 * Encodes the specified QueryVersionsResponse message. Does not implicitly {@link nrn.trainingset.v1.QueryVersionsResponse.verify|verify} messages.
                 * @param message QueryVersionsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.trainingset.v1.IQueryVersionsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryVersionsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryVersionsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.trainingset.v1.QueryVersionsResponse;

                /**
                 * Gets the default type url for QueryVersionsResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a ProposalWithVotes. */
            interface IProposalWithVotes {

                /** ProposalWithVotes proposal */
                proposal?: (nrn.trainingset.v1.IDeltaProposal|null);

                /** ProposalWithVotes votes */
                votes?: (nrn.trainingset.v1.IVote[]|null);
            }

            /** Represents a ProposalWithVotes. */
            class ProposalWithVotes implements IProposalWithVotes {

                /**
                 * Constructs a new ProposalWithVotes.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.trainingset.v1.IProposalWithVotes);

                /** ProposalWithVotes proposal. */
                public proposal?: (nrn.trainingset.v1.IDeltaProposal|null);

                /** ProposalWithVotes votes. */
                public votes: nrn.trainingset.v1.IVote[];

                /**
                 * Creates a new ProposalWithVotes instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ProposalWithVotes instance
                 */
                public static create(properties?: nrn.trainingset.v1.IProposalWithVotes): nrn.trainingset.v1.ProposalWithVotes;

                /**
                 * Encodes the specified ProposalWithVotes message. Does not implicitly {@link nrn.trainingset.v1.ProposalWithVotes.verify|verify} messages.
                 * @param message ProposalWithVotes message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.trainingset.v1.IProposalWithVotes, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ProposalWithVotes message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns ProposalWithVotes
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.trainingset.v1.ProposalWithVotes;

                /**
                 * Gets the default type url for ProposalWithVotes
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryProposalsRequest. */
            interface IQueryProposalsRequest {

                /** QueryProposalsRequest group_id */
                group_id?: (number|null);
            }

            /** Represents a QueryProposalsRequest. */
            class QueryProposalsRequest implements IQueryProposalsRequest {

                /**
                 * Constructs a new QueryProposalsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.trainingset.v1.IQueryProposalsRequest);

                /** QueryProposalsRequest group_id. */
                public group_id: number;

                /**
                 * Creates a new QueryProposalsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryProposalsRequest instance
                 */
                public static create(properties?: nrn.trainingset.v1.IQueryProposalsRequest): nrn.trainingset.v1.QueryProposalsRequest;

                /**
                 * Encodes the specified QueryProposalsRequest message. Does not implicitly {@link nrn.trainingset.v1.QueryProposalsRequest.verify|verify} messages.
                 * @param message QueryProposalsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.trainingset.v1.IQueryProposalsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryProposalsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryProposalsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.trainingset.v1.QueryProposalsRequest;

                /**
                 * Gets the default type url for QueryProposalsRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryProposalsResponse. */
            interface IQueryProposalsResponse {

                /** QueryProposalsResponse proposals */
                proposals?: (nrn.trainingset.v1.IProposalWithVotes[]|null);
            }

            /** Represents a QueryProposalsResponse. */
            class QueryProposalsResponse implements IQueryProposalsResponse {

                /**
                 * Constructs a new QueryProposalsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.trainingset.v1.IQueryProposalsResponse);

                /** QueryProposalsResponse proposals. */
                public proposals: nrn.trainingset.v1.IProposalWithVotes[];

                /**
                 * Creates a new QueryProposalsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryProposalsResponse instance
                 */
                public static create(properties?: nrn.trainingset.v1.IQueryProposalsResponse): nrn.trainingset.v1.QueryProposalsResponse;

                /**
                 * Encodes the specified QueryProposalsResponse message. Does not implicitly {@link nrn.trainingset.v1.QueryProposalsResponse.verify|verify} messages.
                 * @param message QueryProposalsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.trainingset.v1.IQueryProposalsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryProposalsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryProposalsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.trainingset.v1.QueryProposalsResponse;

                /**
                 * Gets the default type url for QueryProposalsResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a ParamsProposalWithVotes. */
            interface IParamsProposalWithVotes {

                /** ParamsProposalWithVotes proposal */
                proposal?: (nrn.trainingset.v1.IParamsProposal|null);

                /** ParamsProposalWithVotes votes */
                votes?: (nrn.trainingset.v1.IVote[]|null);
            }

            /** Represents a ParamsProposalWithVotes. */
            class ParamsProposalWithVotes implements IParamsProposalWithVotes {

                /**
                 * Constructs a new ParamsProposalWithVotes.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.trainingset.v1.IParamsProposalWithVotes);

                /** ParamsProposalWithVotes proposal. */
                public proposal?: (nrn.trainingset.v1.IParamsProposal|null);

                /** ParamsProposalWithVotes votes. */
                public votes: nrn.trainingset.v1.IVote[];

                /**
                 * Creates a new ParamsProposalWithVotes instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ParamsProposalWithVotes instance
                 */
                public static create(properties?: nrn.trainingset.v1.IParamsProposalWithVotes): nrn.trainingset.v1.ParamsProposalWithVotes;

                /**
                 * Encodes the specified ParamsProposalWithVotes message. Does not implicitly {@link nrn.trainingset.v1.ParamsProposalWithVotes.verify|verify} messages.
                 * @param message ParamsProposalWithVotes message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.trainingset.v1.IParamsProposalWithVotes, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ParamsProposalWithVotes message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns ParamsProposalWithVotes
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.trainingset.v1.ParamsProposalWithVotes;

                /**
                 * Gets the default type url for ParamsProposalWithVotes
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryParamsProposalsRequest. */
            interface IQueryParamsProposalsRequest {

                /** QueryParamsProposalsRequest group_id */
                group_id?: (number|null);
            }

            /** Represents a QueryParamsProposalsRequest. */
            class QueryParamsProposalsRequest implements IQueryParamsProposalsRequest {

                /**
                 * Constructs a new QueryParamsProposalsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.trainingset.v1.IQueryParamsProposalsRequest);

                /** QueryParamsProposalsRequest group_id. */
                public group_id: number;

                /**
                 * Creates a new QueryParamsProposalsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryParamsProposalsRequest instance
                 */
                public static create(properties?: nrn.trainingset.v1.IQueryParamsProposalsRequest): nrn.trainingset.v1.QueryParamsProposalsRequest;

                /**
                 * Encodes the specified QueryParamsProposalsRequest message. Does not implicitly {@link nrn.trainingset.v1.QueryParamsProposalsRequest.verify|verify} messages.
                 * @param message QueryParamsProposalsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.trainingset.v1.IQueryParamsProposalsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryParamsProposalsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryParamsProposalsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.trainingset.v1.QueryParamsProposalsRequest;

                /**
                 * Gets the default type url for QueryParamsProposalsRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryParamsProposalsResponse. */
            interface IQueryParamsProposalsResponse {

                /** QueryParamsProposalsResponse proposals */
                proposals?: (nrn.trainingset.v1.IParamsProposalWithVotes[]|null);
            }

            /** Represents a QueryParamsProposalsResponse. */
            class QueryParamsProposalsResponse implements IQueryParamsProposalsResponse {

                /**
                 * Constructs a new QueryParamsProposalsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.trainingset.v1.IQueryParamsProposalsResponse);

                /** QueryParamsProposalsResponse proposals. */
                public proposals: nrn.trainingset.v1.IParamsProposalWithVotes[];

                /**
                 * Creates a new QueryParamsProposalsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryParamsProposalsResponse instance
                 */
                public static create(properties?: nrn.trainingset.v1.IQueryParamsProposalsResponse): nrn.trainingset.v1.QueryParamsProposalsResponse;

                /**
                 * Encodes the specified QueryParamsProposalsResponse message. Does not implicitly {@link nrn.trainingset.v1.QueryParamsProposalsResponse.verify|verify} messages.
                 * @param message QueryParamsProposalsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.trainingset.v1.IQueryParamsProposalsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryParamsProposalsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryParamsProposalsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.trainingset.v1.QueryParamsProposalsResponse;

                /**
                 * Gets the default type url for QueryParamsProposalsResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryBondRequest. */
            interface IQueryBondRequest {

                /** QueryBondRequest group_id */
                group_id?: (number|null);

                /** QueryBondRequest staker */
                staker?: (string|null);
            }

            /** Represents a QueryBondRequest. */
            class QueryBondRequest implements IQueryBondRequest {

                /**
                 * Constructs a new QueryBondRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.trainingset.v1.IQueryBondRequest);

                /** QueryBondRequest group_id. */
                public group_id: number;

                /** QueryBondRequest staker. */
                public staker: string;

                /**
                 * Creates a new QueryBondRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryBondRequest instance
                 */
                public static create(properties?: nrn.trainingset.v1.IQueryBondRequest): nrn.trainingset.v1.QueryBondRequest;

                /**
                 * Encodes the specified QueryBondRequest message. Does not implicitly {@link nrn.trainingset.v1.QueryBondRequest.verify|verify} messages.
                 * @param message QueryBondRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.trainingset.v1.IQueryBondRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryBondRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryBondRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.trainingset.v1.QueryBondRequest;

                /**
                 * Gets the default type url for QueryBondRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryBondResponse. */
            interface IQueryBondResponse {

                /** QueryBondResponse bond */
                bond?: (string|null);

                /** QueryBondResponse unbonding */
                unbonding?: (nrn.trainingset.v1.IUnbonding[]|null);
            }

            /** Represents a QueryBondResponse. */
            class QueryBondResponse implements IQueryBondResponse {

                /**
                 * Constructs a new QueryBondResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.trainingset.v1.IQueryBondResponse);

                /** QueryBondResponse bond. */
                public bond: string;

                /** QueryBondResponse unbonding. */
                public unbonding: nrn.trainingset.v1.IUnbonding[];

                /**
                 * Creates a new QueryBondResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryBondResponse instance
                 */
                public static create(properties?: nrn.trainingset.v1.IQueryBondResponse): nrn.trainingset.v1.QueryBondResponse;

                /**
                 * Encodes the specified QueryBondResponse message. Does not implicitly {@link nrn.trainingset.v1.QueryBondResponse.verify|verify} messages.
                 * @param message QueryBondResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.trainingset.v1.IQueryBondResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryBondResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryBondResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.trainingset.v1.QueryBondResponse;

                /**
                 * Gets the default type url for QueryBondResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a TrainingConfig. */
            interface ITrainingConfig {

                /** TrainingConfig loss */
                loss?: (string|null);

                /** TrainingConfig optimizer */
                optimizer?: (string|null);

                /** TrainingConfig batch_size */
                batch_size?: (number|null);

                /** TrainingConfig eval_sample_size */
                eval_sample_size?: (number|null);

                /** TrainingConfig margin_micro */
                margin_micro?: (number|null);
            }

            /** Represents a TrainingConfig. */
            class TrainingConfig implements ITrainingConfig {

                /**
                 * Constructs a new TrainingConfig.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.trainingset.v1.ITrainingConfig);

                /** TrainingConfig loss. */
                public loss: string;

                /** TrainingConfig optimizer. */
                public optimizer: string;

                /** TrainingConfig batch_size. */
                public batch_size: number;

                /** TrainingConfig eval_sample_size. */
                public eval_sample_size: number;

                /** TrainingConfig margin_micro. */
                public margin_micro: number;

                /**
                 * Creates a new TrainingConfig instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TrainingConfig instance
                 */
                public static create(properties?: nrn.trainingset.v1.ITrainingConfig): nrn.trainingset.v1.TrainingConfig;

                /**
                 * Encodes the specified TrainingConfig message. Does not implicitly {@link nrn.trainingset.v1.TrainingConfig.verify|verify} messages.
                 * @param message TrainingConfig message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.trainingset.v1.ITrainingConfig, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TrainingConfig message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns TrainingConfig
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.trainingset.v1.TrainingConfig;

                /**
                 * Gets the default type url for TrainingConfig
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Group. */
            interface IGroup {

                /** Group id */
                id?: (number|null);

                /** Group name */
                name?: (string|null);

                /** Group creator */
                creator?: (string|null);

                /** Group model_spec_cid */
                model_spec_cid?: (string|null);

                /** Group training_config */
                training_config?: (nrn.trainingset.v1.ITrainingConfig|null);

                /** Group initial_dataset_cid */
                initial_dataset_cid?: (string|null);

                /** Group epoch_length_seconds */
                epoch_length_seconds?: (number|null);

                /** Group training_round_seconds */
                training_round_seconds?: (number|null);

                /** Group deposit */
                deposit?: (string|null);

                /** Group epoch */
                epoch?: (number|null);

                /** Group epoch_start_ms */
                epoch_start_ms?: (number|null);

                /** Group version_number */
                version_number?: (number|null);

                /** Group version */
                version?: (string|null);

                /** Group dataset_cid */
                dataset_cid?: (string|null);

                /** Group total_bond */
                total_bond?: (string|null);

                /** Group forked_from */
                forked_from?: (number|null);

                /** Group created_height */
                created_height?: (number|null);
            }

            /** Represents a Group. */
            class Group implements IGroup {

                /**
                 * Constructs a new Group.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.trainingset.v1.IGroup);

                /** Group id. */
                public id: number;

                /** Group name. */
                public name: string;

                /** Group creator. */
                public creator: string;

                /** Group model_spec_cid. */
                public model_spec_cid: string;

                /** Group training_config. */
                public training_config?: (nrn.trainingset.v1.ITrainingConfig|null);

                /** Group initial_dataset_cid. */
                public initial_dataset_cid: string;

                /** Group epoch_length_seconds. */
                public epoch_length_seconds: number;

                /** Group training_round_seconds. */
                public training_round_seconds: number;

                /** Group deposit. */
                public deposit: string;

                /** Group epoch. */
                public epoch: number;

                /** Group epoch_start_ms. */
                public epoch_start_ms: number;

                /** Group version_number. */
                public version_number: number;

                /** Group version. */
                public version: string;

                /** Group dataset_cid. */
                public dataset_cid: string;

                /** Group total_bond. */
                public total_bond: string;

                /** Group forked_from. */
                public forked_from: number;

                /** Group created_height. */
                public created_height: number;

                /**
                 * Creates a new Group instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Group instance
                 */
                public static create(properties?: nrn.trainingset.v1.IGroup): nrn.trainingset.v1.Group;

                /**
                 * Encodes the specified Group message. Does not implicitly {@link nrn.trainingset.v1.Group.verify|verify} messages.
                 * @param message Group message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.trainingset.v1.IGroup, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Group message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Group
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.trainingset.v1.Group;

                /**
                 * Gets the default type url for Group
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a VersionRecord. */
            interface IVersionRecord {

                /** VersionRecord group_id */
                group_id?: (number|null);

                /** VersionRecord number */
                number?: (number|null);

                /** VersionRecord version */
                version?: (string|null);

                /** VersionRecord parent_version */
                parent_version?: (string|null);

                /** VersionRecord delta_cid */
                delta_cid?: (string|null);

                /** VersionRecord dataset_cid */
                dataset_cid?: (string|null);

                /** VersionRecord proposal_id */
                proposal_id?: (number|null);

                /** VersionRecord proposer */
                proposer?: (string|null);

                /** VersionRecord epoch */
                epoch?: (number|null);

                /** VersionRecord height */
                height?: (number|null);

                /** VersionRecord time_ms */
                time_ms?: (number|null);
            }

            /** Represents a VersionRecord. */
            class VersionRecord implements IVersionRecord {

                /**
                 * Constructs a new VersionRecord.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.trainingset.v1.IVersionRecord);

                /** VersionRecord group_id. */
                public group_id: number;

                /** VersionRecord number. */
                public number: number;

                /** VersionRecord version. */
                public version: string;

                /** VersionRecord parent_version. */
                public parent_version: string;

                /** VersionRecord delta_cid. */
                public delta_cid: string;

                /** VersionRecord dataset_cid. */
                public dataset_cid: string;

                /** VersionRecord proposal_id. */
                public proposal_id: number;

                /** VersionRecord proposer. */
                public proposer: string;

                /** VersionRecord epoch. */
                public epoch: number;

                /** VersionRecord height. */
                public height: number;

                /** VersionRecord time_ms. */
                public time_ms: number;

                /**
                 * Creates a new VersionRecord instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns VersionRecord instance
                 */
                public static create(properties?: nrn.trainingset.v1.IVersionRecord): nrn.trainingset.v1.VersionRecord;

                /**
                 * Encodes the specified VersionRecord message. Does not implicitly {@link nrn.trainingset.v1.VersionRecord.verify|verify} messages.
                 * @param message VersionRecord message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.trainingset.v1.IVersionRecord, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a VersionRecord message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns VersionRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.trainingset.v1.VersionRecord;

                /**
                 * Gets the default type url for VersionRecord
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** VoteOption enum. */
            enum VoteOption {
                VOTE_OPTION_UNSPECIFIED = 0,
                VOTE_OPTION_YES = 1,
                VOTE_OPTION_NO = 2
            }

            /** Properties of a Vote. */
            interface IVote {

                /** Vote proposal_id */
                proposal_id?: (number|null);

                /** Vote voter */
                voter?: (string|null);

                /** Vote option */
                option?: (nrn.trainingset.v1.VoteOption|null);

                /** Vote weight */
                weight?: (string|null);
            }

            /** Represents a Vote. */
            class Vote implements IVote {

                /**
                 * Constructs a new Vote.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.trainingset.v1.IVote);

                /** Vote proposal_id. */
                public proposal_id: number;

                /** Vote voter. */
                public voter: string;

                /** Vote option. */
                public option: nrn.trainingset.v1.VoteOption;

                /** Vote weight. */
                public weight: string;

                /**
                 * Creates a new Vote instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Vote instance
                 */
                public static create(properties?: nrn.trainingset.v1.IVote): nrn.trainingset.v1.Vote;

                /**
                 * Encodes the specified Vote message. Does not implicitly {@link nrn.trainingset.v1.Vote.verify|verify} messages.
                 * @param message Vote message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.trainingset.v1.IVote, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Vote message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Vote
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.trainingset.v1.Vote;

                /**
                 * Gets the default type url for Vote
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a DeltaProposal. */
            interface IDeltaProposal {

                /** DeltaProposal id */
                id?: (number|null);

                /** DeltaProposal group_id */
                group_id?: (number|null);

                /** DeltaProposal proposer */
                proposer?: (string|null);

                /** DeltaProposal parent_version */
                parent_version?: (string|null);

                /** DeltaProposal delta_cid */
                delta_cid?: (string|null);

                /** DeltaProposal result_cid */
                result_cid?: (string|null);

                /** DeltaProposal epoch */
                epoch?: (number|null);

                /** DeltaProposal height */
                height?: (number|null);

                /** DeltaProposal yes_weight */
                yes_weight?: (string|null);

                /** DeltaProposal no_weight */
                no_weight?: (string|null);

                /** DeltaProposal status */
                status?: (string|null);
            }

            /** Represents a DeltaProposal. */
            class DeltaProposal implements IDeltaProposal {

                /**
                 * Constructs a new DeltaProposal.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.trainingset.v1.IDeltaProposal);

                /** DeltaProposal id. */
                public id: number;

                /** DeltaProposal group_id. */
                public group_id: number;

                /** DeltaProposal proposer. */
                public proposer: string;

                /** DeltaProposal parent_version. */
                public parent_version: string;

                /** DeltaProposal delta_cid. */
                public delta_cid: string;

                /** DeltaProposal result_cid. */
                public result_cid: string;

                /** DeltaProposal epoch. */
                public epoch: number;

                /** DeltaProposal height. */
                public height: number;

                /** DeltaProposal yes_weight. */
                public yes_weight: string;

                /** DeltaProposal no_weight. */
                public no_weight: string;

                /** DeltaProposal status. */
                public status: string;

                /**
                 * Creates a new DeltaProposal instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DeltaProposal instance
                 */
                public static create(properties?: nrn.trainingset.v1.IDeltaProposal): nrn.trainingset.v1.DeltaProposal;

                /**
                 * Encodes the specified DeltaProposal message. Does not implicitly {@link nrn.trainingset.v1.DeltaProposal.verify|verify} messages.
                 * @param message DeltaProposal message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.trainingset.v1.IDeltaProposal, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DeltaProposal message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns DeltaProposal
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.trainingset.v1.DeltaProposal;

                /**
                 * Gets the default type url for DeltaProposal
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a ParamsProposal. */
            interface IParamsProposal {

                /** ParamsProposal id */
                id?: (number|null);

                /** ParamsProposal group_id */
                group_id?: (number|null);

                /** ParamsProposal proposer */
                proposer?: (string|null);

                /** ParamsProposal epoch_length_seconds */
                epoch_length_seconds?: (number|null);

                /** ParamsProposal epoch */
                epoch?: (number|null);

                /** ParamsProposal height */
                height?: (number|null);

                /** ParamsProposal yes_weight */
                yes_weight?: (string|null);

                /** ParamsProposal no_weight */
                no_weight?: (string|null);
            }

            /** Represents a ParamsProposal. */
            class ParamsProposal implements IParamsProposal {

                /**
                 * Constructs a new ParamsProposal.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.trainingset.v1.IParamsProposal);

                /** ParamsProposal id. */
                public id: number;

                /** ParamsProposal group_id. */
                public group_id: number;

                /** ParamsProposal proposer. */
                public proposer: string;

                /** ParamsProposal epoch_length_seconds. */
                public epoch_length_seconds: number;

                /** ParamsProposal epoch. */
                public epoch: number;

                /** ParamsProposal height. */
                public height: number;

                /** ParamsProposal yes_weight. */
                public yes_weight: string;

                /** ParamsProposal no_weight. */
                public no_weight: string;

                /**
                 * Creates a new ParamsProposal instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ParamsProposal instance
                 */
                public static create(properties?: nrn.trainingset.v1.IParamsProposal): nrn.trainingset.v1.ParamsProposal;

                /**
                 * Encodes the specified ParamsProposal message. Does not implicitly {@link nrn.trainingset.v1.ParamsProposal.verify|verify} messages.
                 * @param message ParamsProposal message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.trainingset.v1.IParamsProposal, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ParamsProposal message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns ParamsProposal
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.trainingset.v1.ParamsProposal;

                /**
                 * Gets the default type url for ParamsProposal
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of an Unbonding. */
            interface IUnbonding {

                /** Unbonding group_id */
                group_id?: (number|null);

                /** Unbonding staker */
                staker?: (string|null);

                /** Unbonding amount */
                amount?: (string|null);

                /** Unbonding completion_ms */
                completion_ms?: (number|null);
            }

            /** Represents an Unbonding. */
            class Unbonding implements IUnbonding {

                /**
                 * Constructs a new Unbonding.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.trainingset.v1.IUnbonding);

                /** Unbonding group_id. */
                public group_id: number;

                /** Unbonding staker. */
                public staker: string;

                /** Unbonding amount. */
                public amount: string;

                /** Unbonding completion_ms. */
                public completion_ms: number;

                /**
                 * Creates a new Unbonding instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Unbonding instance
                 */
                public static create(properties?: nrn.trainingset.v1.IUnbonding): nrn.trainingset.v1.Unbonding;

                /**
                 * Encodes the specified Unbonding message. Does not implicitly {@link nrn.trainingset.v1.Unbonding.verify|verify} messages.
                 * @param message Unbonding message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.trainingset.v1.IUnbonding, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Unbonding message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Unbonding
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.trainingset.v1.Unbonding;

                /**
                 * Gets the default type url for Unbonding
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Params. */
            interface IParams {

                /** Params min_creation_deposit */
                min_creation_deposit?: (string|null);

                /** Params min_epoch_length_seconds */
                min_epoch_length_seconds?: (number|null);

                /** Params max_epoch_length_seconds */
                max_epoch_length_seconds?: (number|null);

                /** Params default_epoch_length_seconds */
                default_epoch_length_seconds?: (number|null);
            }

            /** Represents a Params. */
            class Params implements IParams {

                /**
                 * Constructs a new Params.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.trainingset.v1.IParams);

                /** Params min_creation_deposit. */
                public min_creation_deposit: string;

                /** Params min_epoch_length_seconds. */
                public min_epoch_length_seconds: number;

                /** Params max_epoch_length_seconds. */
                public max_epoch_length_seconds: number;

                /** Params default_epoch_length_seconds. */
                public default_epoch_length_seconds: number;

                /**
                 * Creates a new Params instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Params instance
                 */
                public static create(properties?: nrn.trainingset.v1.IParams): nrn.trainingset.v1.Params;

                /**
                 * Encodes the specified Params message. Does not implicitly {@link nrn.trainingset.v1.Params.verify|verify} messages.
                 * @param message Params message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.trainingset.v1.IParams, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Params message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Params
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.trainingset.v1.Params;

                /**
                 * Gets the default type url for Params
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgCreateGroup. */
            interface IMsgCreateGroup {

                /** MsgCreateGroup creator */
                creator?: (string|null);

                /** MsgCreateGroup name */
                name?: (string|null);

                /** MsgCreateGroup model_spec_cid */
                model_spec_cid?: (string|null);

                /** MsgCreateGroup training_config */
                training_config?: (nrn.trainingset.v1.ITrainingConfig|null);

                /** MsgCreateGroup initial_dataset_cid */
                initial_dataset_cid?: (string|null);

                /** MsgCreateGroup epoch_length_seconds */
                epoch_length_seconds?: (number|null);

                /** MsgCreateGroup training_round_seconds */
                training_round_seconds?: (number|null);

                /** MsgCreateGroup deposit */
                deposit?: (string|null);
            }

            /** Represents a MsgCreateGroup. */
            class MsgCreateGroup implements IMsgCreateGroup {

                /**
                 * Constructs a new MsgCreateGroup.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.trainingset.v1.IMsgCreateGroup);

                /** MsgCreateGroup creator. */
                public creator: string;

                /** MsgCreateGroup name. */
                public name: string;

                /** MsgCreateGroup model_spec_cid. */
                public model_spec_cid: string;

                /** MsgCreateGroup training_config. */
                public training_config?: (nrn.trainingset.v1.ITrainingConfig|null);

                /** MsgCreateGroup initial_dataset_cid. */
                public initial_dataset_cid: string;

                /** MsgCreateGroup epoch_length_seconds. */
                public epoch_length_seconds: number;

                /** MsgCreateGroup training_round_seconds. */
                public training_round_seconds: number;

                /** MsgCreateGroup deposit. */
                public deposit: string;

                /**
                 * Creates a new MsgCreateGroup instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgCreateGroup instance
                 */
                public static create(properties?: nrn.trainingset.v1.IMsgCreateGroup): nrn.trainingset.v1.MsgCreateGroup;

                /**
                 * Encodes the specified MsgCreateGroup message. Does not implicitly {@link nrn.trainingset.v1.MsgCreateGroup.verify|verify} messages.
                 * @param message MsgCreateGroup message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.trainingset.v1.IMsgCreateGroup, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgCreateGroup message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgCreateGroup
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.trainingset.v1.MsgCreateGroup;

                /**
                 * Gets the default type url for MsgCreateGroup
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgCreateGroupResponse. */
            interface IMsgCreateGroupResponse {

                /** MsgCreateGroupResponse group_id */
                group_id?: (number|null);

                /** MsgCreateGroupResponse version */
                version?: (string|null);
            }

            /** Represents a MsgCreateGroupResponse. */
            class MsgCreateGroupResponse implements IMsgCreateGroupResponse {

                /**
                 * Constructs a new MsgCreateGroupResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.trainingset.v1.IMsgCreateGroupResponse);

                /** MsgCreateGroupResponse group_id. */
                public group_id: number;

                /** MsgCreateGroupResponse version. */
                public version: string;

                /**
                 * Creates a new MsgCreateGroupResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgCreateGroupResponse instance
                 */
                public static create(properties?: nrn.trainingset.v1.IMsgCreateGroupResponse): nrn.trainingset.v1.MsgCreateGroupResponse;

                /**
                 * Encodes the specified MsgCreateGroupResponse message. Does not implicitly {@link nrn.trainingset.v1.MsgCreateGroupResponse.verify|verify} messages.
                 * @param message MsgCreateGroupResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.trainingset.v1.IMsgCreateGroupResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgCreateGroupResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgCreateGroupResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.trainingset.v1.MsgCreateGroupResponse;

                /**
                 * Gets the default type url for MsgCreateGroupResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgStake. */
            interface IMsgStake {

                /** MsgStake staker */
                staker?: (string|null);

                /** MsgStake group_id */
                group_id?: (number|null);

                /** MsgStake amount */
                amount?: (string|null);
            }

            /** Represents a MsgStake. */
            class MsgStake implements IMsgStake {

                /**
                 * Constructs a new MsgStake.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.trainingset.v1.IMsgStake);

                /** MsgStake staker. */
                public staker: string;

                /** MsgStake group_id. */
                public group_id: number;

                /** MsgStake amount. */
                public amount: string;

                /**
                 * Creates a new MsgStake instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgStake instance
                 */
                public static create(properties?: nrn.trainingset.v1.IMsgStake): nrn.trainingset.v1.MsgStake;

                /**
                 * Encodes the specified MsgStake message. Does not implicitly {@link nrn.trainingset.v1.MsgStake.verify|verify} messages.
                 * @param message MsgStake message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.trainingset.v1.IMsgStake, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgStake message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgStake
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.trainingset.v1.MsgStake;

                /**
                 * Gets the default type url for MsgStake
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgStakeResponse. */
            interface IMsgStakeResponse {

                /** MsgStakeResponse bond */
                bond?: (string|null);
            }

            /** Represents a MsgStakeResponse. */
            class MsgStakeResponse implements IMsgStakeResponse {

                /**
                 * Constructs a new MsgStakeResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.trainingset.v1.IMsgStakeResponse);

                /** MsgStakeResponse bond. */
                public bond: string;

                /**
                 * Creates a new MsgStakeResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgStakeResponse instance
                 */
                public static create(properties?: nrn.trainingset.v1.IMsgStakeResponse): nrn.trainingset.v1.MsgStakeResponse;

                /**
                 * Encodes the specified MsgStakeResponse message. Does not implicitly {@link nrn.trainingset.v1.MsgStakeResponse.verify|verify} messages.
                 * @param message MsgStakeResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.trainingset.v1.IMsgStakeResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgStakeResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgStakeResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.trainingset.v1.MsgStakeResponse;

                /**
                 * Gets the default type url for MsgStakeResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgUnstake. */
            interface IMsgUnstake {

                /** MsgUnstake staker */
                staker?: (string|null);

                /** MsgUnstake group_id */
                group_id?: (number|null);

                /** MsgUnstake amount */
                amount?: (string|null);
            }

            /** Represents a MsgUnstake. */
            class MsgUnstake implements IMsgUnstake {

                /**
                 * Constructs a new MsgUnstake.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.trainingset.v1.IMsgUnstake);

                /** MsgUnstake staker. */
                public staker: string;

                /** MsgUnstake group_id. */
                public group_id: number;

                /** MsgUnstake amount. */
                public amount: string;

                /**
                 * Creates a new MsgUnstake instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgUnstake instance
                 */
                public static create(properties?: nrn.trainingset.v1.IMsgUnstake): nrn.trainingset.v1.MsgUnstake;

                /**
                 * Encodes the specified MsgUnstake message. Does not implicitly {@link nrn.trainingset.v1.MsgUnstake.verify|verify} messages.
                 * @param message MsgUnstake message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.trainingset.v1.IMsgUnstake, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgUnstake message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgUnstake
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.trainingset.v1.MsgUnstake;

                /**
                 * Gets the default type url for MsgUnstake
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgUnstakeResponse. */
            interface IMsgUnstakeResponse {

                /** MsgUnstakeResponse completion_ms */
                completion_ms?: (number|null);
            }

            /** Represents a MsgUnstakeResponse. */
            class MsgUnstakeResponse implements IMsgUnstakeResponse {

                /**
                 * Constructs a new MsgUnstakeResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.trainingset.v1.IMsgUnstakeResponse);

                /** MsgUnstakeResponse completion_ms. */
                public completion_ms: number;

                /**
                 * Creates a new MsgUnstakeResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgUnstakeResponse instance
                 */
                public static create(properties?: nrn.trainingset.v1.IMsgUnstakeResponse): nrn.trainingset.v1.MsgUnstakeResponse;

                /**
                 * Encodes the specified MsgUnstakeResponse message. Does not implicitly {@link nrn.trainingset.v1.MsgUnstakeResponse.verify|verify} messages.
                 * @param message MsgUnstakeResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.trainingset.v1.IMsgUnstakeResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgUnstakeResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgUnstakeResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.trainingset.v1.MsgUnstakeResponse;

                /**
                 * Gets the default type url for MsgUnstakeResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgProposeDelta. */
            interface IMsgProposeDelta {

                /** MsgProposeDelta proposer */
                proposer?: (string|null);

                /** MsgProposeDelta group_id */
                group_id?: (number|null);

                /** MsgProposeDelta parent_version */
                parent_version?: (string|null);

                /** MsgProposeDelta delta_cid */
                delta_cid?: (string|null);

                /** MsgProposeDelta result_cid */
                result_cid?: (string|null);
            }

            /** Represents a MsgProposeDelta. */
            class MsgProposeDelta implements IMsgProposeDelta {

                /**
                 * Constructs a new MsgProposeDelta.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.trainingset.v1.IMsgProposeDelta);

                /** MsgProposeDelta proposer. */
                public proposer: string;

                /** MsgProposeDelta group_id. */
                public group_id: number;

                /** MsgProposeDelta parent_version. */
                public parent_version: string;

                /** MsgProposeDelta delta_cid. */
                public delta_cid: string;

                /** MsgProposeDelta result_cid. */
                public result_cid: string;

                /**
                 * Creates a new MsgProposeDelta instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgProposeDelta instance
                 */
                public static create(properties?: nrn.trainingset.v1.IMsgProposeDelta): nrn.trainingset.v1.MsgProposeDelta;

                /**
                 * Encodes the specified MsgProposeDelta message. Does not implicitly {@link nrn.trainingset.v1.MsgProposeDelta.verify|verify} messages.
                 * @param message MsgProposeDelta message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.trainingset.v1.IMsgProposeDelta, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgProposeDelta message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgProposeDelta
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.trainingset.v1.MsgProposeDelta;

                /**
                 * Gets the default type url for MsgProposeDelta
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgProposeDeltaResponse. */
            interface IMsgProposeDeltaResponse {

                /** MsgProposeDeltaResponse proposal_id */
                proposal_id?: (number|null);
            }

            /** Represents a MsgProposeDeltaResponse. */
            class MsgProposeDeltaResponse implements IMsgProposeDeltaResponse {

                /**
                 * Constructs a new MsgProposeDeltaResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.trainingset.v1.IMsgProposeDeltaResponse);

                /** MsgProposeDeltaResponse proposal_id. */
                public proposal_id: number;

                /**
                 * Creates a new MsgProposeDeltaResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgProposeDeltaResponse instance
                 */
                public static create(properties?: nrn.trainingset.v1.IMsgProposeDeltaResponse): nrn.trainingset.v1.MsgProposeDeltaResponse;

                /**
                 * Encodes the specified MsgProposeDeltaResponse message. Does not implicitly {@link nrn.trainingset.v1.MsgProposeDeltaResponse.verify|verify} messages.
                 * @param message MsgProposeDeltaResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.trainingset.v1.IMsgProposeDeltaResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgProposeDeltaResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgProposeDeltaResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.trainingset.v1.MsgProposeDeltaResponse;

                /**
                 * Gets the default type url for MsgProposeDeltaResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgVoteDelta. */
            interface IMsgVoteDelta {

                /** MsgVoteDelta voter */
                voter?: (string|null);

                /** MsgVoteDelta proposal_id */
                proposal_id?: (number|null);

                /** MsgVoteDelta option */
                option?: (nrn.trainingset.v1.VoteOption|null);
            }

            /** Represents a MsgVoteDelta. */
            class MsgVoteDelta implements IMsgVoteDelta {

                /**
                 * Constructs a new MsgVoteDelta.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.trainingset.v1.IMsgVoteDelta);

                /** MsgVoteDelta voter. */
                public voter: string;

                /** MsgVoteDelta proposal_id. */
                public proposal_id: number;

                /** MsgVoteDelta option. */
                public option: nrn.trainingset.v1.VoteOption;

                /**
                 * Creates a new MsgVoteDelta instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgVoteDelta instance
                 */
                public static create(properties?: nrn.trainingset.v1.IMsgVoteDelta): nrn.trainingset.v1.MsgVoteDelta;

                /**
                 * Encodes the specified MsgVoteDelta message. Does not implicitly {@link nrn.trainingset.v1.MsgVoteDelta.verify|verify} messages.
                 * @param message MsgVoteDelta message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.trainingset.v1.IMsgVoteDelta, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgVoteDelta message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgVoteDelta
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.trainingset.v1.MsgVoteDelta;

                /**
                 * Gets the default type url for MsgVoteDelta
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgVoteDeltaResponse. */
            interface IMsgVoteDeltaResponse {

                /** MsgVoteDeltaResponse weight */
                weight?: (string|null);
            }

            /** Represents a MsgVoteDeltaResponse. */
            class MsgVoteDeltaResponse implements IMsgVoteDeltaResponse {

                /**
                 * Constructs a new MsgVoteDeltaResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.trainingset.v1.IMsgVoteDeltaResponse);

                /** MsgVoteDeltaResponse weight. */
                public weight: string;

                /**
                 * Creates a new MsgVoteDeltaResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgVoteDeltaResponse instance
                 */
                public static create(properties?: nrn.trainingset.v1.IMsgVoteDeltaResponse): nrn.trainingset.v1.MsgVoteDeltaResponse;

                /**
                 * Encodes the specified MsgVoteDeltaResponse message. Does not implicitly {@link nrn.trainingset.v1.MsgVoteDeltaResponse.verify|verify} messages.
                 * @param message MsgVoteDeltaResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.trainingset.v1.IMsgVoteDeltaResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgVoteDeltaResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgVoteDeltaResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.trainingset.v1.MsgVoteDeltaResponse;

                /**
                 * Gets the default type url for MsgVoteDeltaResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgProposeParams. */
            interface IMsgProposeParams {

                /** MsgProposeParams proposer */
                proposer?: (string|null);

                /** MsgProposeParams group_id */
                group_id?: (number|null);

                /** MsgProposeParams epoch_length_seconds */
                epoch_length_seconds?: (number|null);
            }

            /** Represents a MsgProposeParams. */
            class MsgProposeParams implements IMsgProposeParams {

                /**
                 * Constructs a new MsgProposeParams.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.trainingset.v1.IMsgProposeParams);

                /** MsgProposeParams proposer. */
                public proposer: string;

                /** MsgProposeParams group_id. */
                public group_id: number;

                /** MsgProposeParams epoch_length_seconds. */
                public epoch_length_seconds: number;

                /**
                 * Creates a new MsgProposeParams instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgProposeParams instance
                 */
                public static create(properties?: nrn.trainingset.v1.IMsgProposeParams): nrn.trainingset.v1.MsgProposeParams;

                /**
                 * Encodes the specified MsgProposeParams message. Does not implicitly {@link nrn.trainingset.v1.MsgProposeParams.verify|verify} messages.
                 * @param message MsgProposeParams message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.trainingset.v1.IMsgProposeParams, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgProposeParams message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgProposeParams
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.trainingset.v1.MsgProposeParams;

                /**
                 * Gets the default type url for MsgProposeParams
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgProposeParamsResponse. */
            interface IMsgProposeParamsResponse {

                /** MsgProposeParamsResponse proposal_id */
                proposal_id?: (number|null);
            }

            /** Represents a MsgProposeParamsResponse. */
            class MsgProposeParamsResponse implements IMsgProposeParamsResponse {

                /**
                 * Constructs a new MsgProposeParamsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.trainingset.v1.IMsgProposeParamsResponse);

                /** MsgProposeParamsResponse proposal_id. */
                public proposal_id: number;

                /**
                 * Creates a new MsgProposeParamsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgProposeParamsResponse instance
                 */
                public static create(properties?: nrn.trainingset.v1.IMsgProposeParamsResponse): nrn.trainingset.v1.MsgProposeParamsResponse;

                /**
                 * Encodes the specified MsgProposeParamsResponse message. Does not implicitly {@link nrn.trainingset.v1.MsgProposeParamsResponse.verify|verify} messages.
                 * @param message MsgProposeParamsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.trainingset.v1.IMsgProposeParamsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgProposeParamsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgProposeParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.trainingset.v1.MsgProposeParamsResponse;

                /**
                 * Gets the default type url for MsgProposeParamsResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgVoteParams. */
            interface IMsgVoteParams {

                /** MsgVoteParams voter */
                voter?: (string|null);

                /** MsgVoteParams proposal_id */
                proposal_id?: (number|null);

                /** MsgVoteParams option */
                option?: (nrn.trainingset.v1.VoteOption|null);
            }

            /** Represents a MsgVoteParams. */
            class MsgVoteParams implements IMsgVoteParams {

                /**
                 * Constructs a new MsgVoteParams.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.trainingset.v1.IMsgVoteParams);

                /** MsgVoteParams voter. */
                public voter: string;

                /** MsgVoteParams proposal_id. */
                public proposal_id: number;

                /** MsgVoteParams option. */
                public option: nrn.trainingset.v1.VoteOption;

                /**
                 * Creates a new MsgVoteParams instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgVoteParams instance
                 */
                public static create(properties?: nrn.trainingset.v1.IMsgVoteParams): nrn.trainingset.v1.MsgVoteParams;

                /**
                 * Encodes the specified MsgVoteParams message. Does not implicitly {@link nrn.trainingset.v1.MsgVoteParams.verify|verify} messages.
                 * @param message MsgVoteParams message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.trainingset.v1.IMsgVoteParams, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgVoteParams message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgVoteParams
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.trainingset.v1.MsgVoteParams;

                /**
                 * Gets the default type url for MsgVoteParams
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgVoteParamsResponse. */
            interface IMsgVoteParamsResponse {

                /** MsgVoteParamsResponse weight */
                weight?: (string|null);
            }

            /** Represents a MsgVoteParamsResponse. */
            class MsgVoteParamsResponse implements IMsgVoteParamsResponse {

                /**
                 * Constructs a new MsgVoteParamsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.trainingset.v1.IMsgVoteParamsResponse);

                /** MsgVoteParamsResponse weight. */
                public weight: string;

                /**
                 * Creates a new MsgVoteParamsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgVoteParamsResponse instance
                 */
                public static create(properties?: nrn.trainingset.v1.IMsgVoteParamsResponse): nrn.trainingset.v1.MsgVoteParamsResponse;

                /**
                 * Encodes the specified MsgVoteParamsResponse message. Does not implicitly {@link nrn.trainingset.v1.MsgVoteParamsResponse.verify|verify} messages.
                 * @param message MsgVoteParamsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.trainingset.v1.IMsgVoteParamsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgVoteParamsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgVoteParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.trainingset.v1.MsgVoteParamsResponse;

                /**
                 * Gets the default type url for MsgVoteParamsResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgForkGroup. */
            interface IMsgForkGroup {

                /** MsgForkGroup creator */
                creator?: (string|null);

                /** MsgForkGroup parent_group_id */
                parent_group_id?: (number|null);

                /** MsgForkGroup name */
                name?: (string|null);

                /** MsgForkGroup model_spec_cid */
                model_spec_cid?: (string|null);

                /** MsgForkGroup training_config */
                training_config?: (nrn.trainingset.v1.ITrainingConfig|null);

                /** MsgForkGroup epoch_length_seconds */
                epoch_length_seconds?: (number|null);

                /** MsgForkGroup training_round_seconds */
                training_round_seconds?: (number|null);

                /** MsgForkGroup deposit */
                deposit?: (string|null);
            }

            /** Represents a MsgForkGroup. */
            class MsgForkGroup implements IMsgForkGroup {

                /**
                 * Constructs a new MsgForkGroup.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.trainingset.v1.IMsgForkGroup);

                /** MsgForkGroup creator. */
                public creator: string;

                /** MsgForkGroup parent_group_id. */
                public parent_group_id: number;

                /** MsgForkGroup name. */
                public name: string;

                /** MsgForkGroup model_spec_cid. */
                public model_spec_cid: string;

                /** MsgForkGroup training_config. */
                public training_config?: (nrn.trainingset.v1.ITrainingConfig|null);

                /** MsgForkGroup epoch_length_seconds. */
                public epoch_length_seconds: number;

                /** MsgForkGroup training_round_seconds. */
                public training_round_seconds: number;

                /** MsgForkGroup deposit. */
                public deposit: string;

                /**
                 * Creates a new MsgForkGroup instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgForkGroup instance
                 */
                public static create(properties?: nrn.trainingset.v1.IMsgForkGroup): nrn.trainingset.v1.MsgForkGroup;

                /**
                 * Encodes the specified MsgForkGroup message. Does not implicitly {@link nrn.trainingset.v1.MsgForkGroup.verify|verify} messages.
                 * @param message MsgForkGroup message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.trainingset.v1.IMsgForkGroup, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgForkGroup message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgForkGroup
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.trainingset.v1.MsgForkGroup;

                /**
                 * Gets the default type url for MsgForkGroup
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgForkGroupResponse. */
            interface IMsgForkGroupResponse {

                /** MsgForkGroupResponse group_id */
                group_id?: (number|null);

                /** MsgForkGroupResponse version */
                version?: (string|null);
            }

            /** Represents a MsgForkGroupResponse. */
            class MsgForkGroupResponse implements IMsgForkGroupResponse {

                /**
                 * Constructs a new MsgForkGroupResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: nrn.trainingset.v1.IMsgForkGroupResponse);

                /** MsgForkGroupResponse group_id. */
                public group_id: number;

                /** MsgForkGroupResponse version. */
                public version: string;

                /**
                 * Creates a new MsgForkGroupResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgForkGroupResponse instance
                 */
                public static create(properties?: nrn.trainingset.v1.IMsgForkGroupResponse): nrn.trainingset.v1.MsgForkGroupResponse;

                /**
                 * Encodes the specified MsgForkGroupResponse message. Does not implicitly {@link nrn.trainingset.v1.MsgForkGroupResponse.verify|verify} messages.
                 * @param message MsgForkGroupResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: nrn.trainingset.v1.IMsgForkGroupResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgForkGroupResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgForkGroupResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): nrn.trainingset.v1.MsgForkGroupResponse;

                /**
                 * Gets the default type url for MsgForkGroupResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }
    }
}
