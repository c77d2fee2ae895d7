// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";
import {WrappedNRN} from "./WrappedNRN.sol";

/// @title NRN bridge
/// @notice Holds the NRN validator set as a checkpoint hash and executes what more than 2/3 of its power signs:
///         valset updates, outgoing batches (mint wNRN) and training settlements. sendToChain burns wNRN for the chain.
/// @dev Encodings of every signed digest are documented in contracts/README.md and reproduced by contracts/hash.ts.
contract NRNBridge {
    struct Valset {
        address[] validators; // Ethereum keys, sorted by descending power
        uint256[] powers; // raw power, no normalisation
        uint64 nonce;
    }

    /// @dev v == 0 marks a validator that did not sign.
    struct Signature {
        uint8 v;
        bytes32 r;
        bytes32 s;
    }

    struct Settlement {
        bytes32 trainingSetVersion;
        string checkpointCid;
        uint64 nonce;
    }

    /// @notice Largest signer set: updateValset at this size, equal powers, costs ~1.32M gas (bridge.test.ts prints it).
    uint256 public constant MAX_VALIDATORS = 250;
    /// @notice Per-validator power bound, so a well-formed set's total can never overflow.
    uint256 public constant MAX_POWER = type(uint128).max;
    uint256 public constant MAX_CID_LENGTH = 128;
    // Signatures with s above half the curve order are the malleable twins of valid ones (EIP-2).
    uint256 private constant SECP256K1_HALF_ORDER = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0;

    bytes32 public constant VALSET_TAG = "checkpoint";
    bytes32 public constant BATCH_TAG = "transactionBatch";
    bytes32 public constant SETTLEMENT_TAG = "settlement";

    // Bech32 character value + 1 for each ASCII code, 0 where the character is not in the bech32 alphabet.
    bytes private constant BECH32_VALUES =
        hex"00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000010000b1216151b1f08060000000000000000000000000000000000000000000000000000000000000000000000000000001e00190e1a0a0918001317201c1400020104110c1d0d0f0705030000000000";

    bytes32 public immutable bridgeId;
    WrappedNRN public immutable token;

    bytes32 public lastValsetCheckpoint;
    uint64 public lastValsetNonce;
    uint64 public lastBatchNonce;
    uint64 public lastEventNonce;
    mapping(uint64 groupId => Settlement) private settlements;

    event ValsetUpdatedEvent(uint64 indexed valsetNonce, uint64 eventNonce, bytes32 checkpoint);
    event BatchExecutedEvent(uint64 indexed batchNonce, uint64 eventNonce, uint256 totalAmount, uint256 totalFees);
    event SendToChainEvent(address indexed sender, string recipient, uint256 amount, uint64 eventNonce);
    event SettlementRecordedEvent(
        uint64 indexed groupId, uint64 settlementNonce, bytes32 trainingSetVersion, string checkpointCid
    );

    error ValsetLengthMismatch(uint256 validators, uint256 powers);
    error EmptyValset();
    error ValsetTooLarge(uint256 size, uint256 max);
    error ZeroPower(uint256 index);
    error PowerTooLarge(uint256 index);
    error ZeroAddressValidator(uint256 index);
    error ValsetNotSorted(uint256 index);
    error StaleValsetNonce(uint64 given, uint64 current);
    error CheckpointMismatch(bytes32 given, bytes32 stored);
    error TooManySignatures(uint256 signatures, uint256 validators);
    error InvalidSignature(uint256 index);
    error MalleableSignature(uint256 index);
    error InsufficientPower(uint256 signedPower, uint256 totalPower);
    error StaleBatchNonce(uint64 given, uint64 last);
    error BatchTimedOut(uint64 timeout, uint256 blockNumber);
    error EmptyBatch();
    error BatchLengthMismatch(uint256 amounts, uint256 destinations, uint256 fees);
    error ZeroAmount();
    error RecipientBadLength(uint256 length);
    error RecipientWrongPrefix();
    error RecipientBadCharacter(uint256 index);
    error RecipientNonZeroPadding();
    error RecipientBadChecksum();
    error StaleSettlementNonce(uint64 groupId, uint64 given, uint64 last);
    error InvalidCheckpointCid();

    constructor(bytes32 bridgeId_, Valset memory initialValset) {
        bridgeId = bridgeId_;
        token = new WrappedNRN();
        _assertWellFormedMemory(initialValset);
        bytes32 checkpoint = keccak256(
            abi.encode(
                bridgeId_,
                VALSET_TAG,
                block.chainid,
                initialValset.nonce,
                initialValset.validators,
                initialValset.powers
            )
        );
        lastValsetCheckpoint = checkpoint;
        lastValsetNonce = initialValset.nonce;
        // The deployment is event 1, so orchestrators see the genesis valset like any other update (as Gravity does).
        lastEventNonce = 1;
        emit ValsetUpdatedEvent(initialValset.nonce, 1, checkpoint);
    }

    // ---------------------------------------------------------------- signed actions

    /// @notice Replace the signer set; signed by > 2/3 of the current set's power over the new set's checkpoint.
    function updateValset(Valset calldata newValset, Valset calldata currentValset, Signature[] calldata sigs)
        external
    {
        if (newValset.nonce <= lastValsetNonce) revert StaleValsetNonce(newValset.nonce, lastValsetNonce);
        _assertWellFormed(newValset);
        _assertCurrentValset(currentValset);
        bytes32 newCheckpoint = makeValsetCheckpoint(newValset);
        _assertSignedByCurrent(currentValset, sigs, newCheckpoint);

        lastValsetCheckpoint = newCheckpoint;
        lastValsetNonce = newValset.nonce;
        uint64 eventNonce = ++lastEventNonce;
        emit ValsetUpdatedEvent(newValset.nonce, eventNonce, newCheckpoint);
    }

    /// @notice Execute an outgoing batch: mint amounts to destinations and the summed fees to the relayer.
    function submitBatch(
        Valset calldata currentValset,
        Signature[] calldata sigs,
        uint256[] calldata amounts,
        address[] calldata destinations,
        uint256[] calldata fees,
        uint64 batchNonce,
        uint64 batchTimeout
    ) external {
        if (batchNonce <= lastBatchNonce) revert StaleBatchNonce(batchNonce, lastBatchNonce);
        if (block.number >= batchTimeout) revert BatchTimedOut(batchTimeout, block.number);
        if (amounts.length == 0) revert EmptyBatch();
        if (destinations.length != amounts.length || fees.length != amounts.length) {
            revert BatchLengthMismatch(amounts.length, destinations.length, fees.length);
        }
        _assertCurrentValset(currentValset);
        _assertSignedByCurrent(
            currentValset, sigs, makeBatchDigest(amounts, destinations, fees, batchNonce, batchTimeout)
        );

        lastBatchNonce = batchNonce;
        uint64 eventNonce = ++lastEventNonce;
        (uint256 totalAmount, uint256 totalFees) = _mintBatch(amounts, destinations, fees);
        emit BatchExecutedEvent(batchNonce, eventNonce, totalAmount, totalFees);
    }

    /// @notice Store a group's canonical training-set version and winning checkpoint CID, as the chain settled it.
    function recordSettlement(
        Valset calldata currentValset,
        Signature[] calldata sigs,
        uint64 groupId,
        bytes32 trainingSetVersion,
        string calldata checkpointCid,
        uint64 settlementNonce
    ) external {
        Settlement storage settlement = settlements[groupId];
        if (settlementNonce <= settlement.nonce) {
            revert StaleSettlementNonce(groupId, settlementNonce, settlement.nonce);
        }
        _assertCheckpointCid(bytes(checkpointCid));
        _assertCurrentValset(currentValset);
        _assertSignedByCurrent(
            currentValset,
            sigs,
            makeSettlementDigest(groupId, trainingSetVersion, checkpointCid, settlementNonce)
        );

        settlement.trainingSetVersion = trainingSetVersion;
        settlement.checkpointCid = checkpointCid;
        settlement.nonce = settlementNonce;
        emit SettlementRecordedEvent(groupId, settlementNonce, trainingSetVersion, checkpointCid);
    }

    // ---------------------------------------------------------------- Ethereum to chain

    /// @notice Burn `amount` wNRN of the caller; the validators credit `recipient` (an nrn1… address) on the chain.
    function sendToChain(string calldata recipient, uint256 amount) external {
        if (amount == 0) revert ZeroAmount();
        _assertNrnAddress(bytes(recipient));
        token.burn(msg.sender, amount);
        uint64 eventNonce = ++lastEventNonce;
        emit SendToChainEvent(msg.sender, recipient, amount, eventNonce);
    }

    // ---------------------------------------------------------------- views

    function latestSettlement(uint64 groupId)
        external
        view
        returns (bytes32 trainingSetVersion, string memory checkpointCid, uint64 nonce)
    {
        Settlement storage settlement = settlements[groupId];
        return (settlement.trainingSetVersion, settlement.checkpointCid, settlement.nonce);
    }

    /// @notice keccak256(abi.encode(bridgeId, VALSET_TAG, block.chainid, nonce, validators, powers))
    /// @dev Lays the encoding out with two calldatacopy calls instead of abi.encode, which costs ~700 gas per member.
    ///      Callers only hash member lists that are validated (new sets) or compared with the stored checkpoint.
    function makeValsetCheckpoint(Valset calldata valset) public view returns (bytes32 checkpoint) {
        address[] calldata validators = valset.validators;
        uint256[] calldata powers = valset.powers;
        uint64 nonce = valset.nonce;
        bytes32 id = bridgeId;
        assembly ("memory-safe") {
            let head := mload(0x40)
            let validatorBytes := shl(5, validators.length)
            let powerBytes := shl(5, powers.length)
            mstore(head, id)
            mstore(add(head, 0x20), VALSET_TAG)
            mstore(add(head, 0x40), chainid())
            mstore(add(head, 0x60), nonce)
            mstore(add(head, 0x80), 0xc0)
            mstore(add(head, 0xa0), add(0xe0, validatorBytes))
            mstore(add(head, 0xc0), validators.length)
            calldatacopy(add(head, 0xe0), validators.offset, validatorBytes)
            let powersTail := add(add(head, 0xe0), validatorBytes)
            mstore(powersTail, powers.length)
            calldatacopy(add(powersTail, 0x20), powers.offset, powerBytes)
            checkpoint := keccak256(head, sub(add(add(powersTail, 0x20), powerBytes), head))
        }
    }

    function makeBatchDigest(
        uint256[] calldata amounts,
        address[] calldata destinations,
        uint256[] calldata fees,
        uint64 batchNonce,
        uint64 batchTimeout
    ) public view returns (bytes32) {
        return keccak256(
            abi.encode(bridgeId, BATCH_TAG, block.chainid, batchNonce, batchTimeout, amounts, destinations, fees)
        );
    }

    function makeSettlementDigest(
        uint64 groupId,
        bytes32 trainingSetVersion,
        string calldata checkpointCid,
        uint64 settlementNonce
    ) public view returns (bytes32) {
        return keccak256(
            abi.encode(
                bridgeId, SETTLEMENT_TAG, block.chainid, groupId, settlementNonce, trainingSetVersion, checkpointCid
            )
        );
    }

    // ---------------------------------------------------------------- guards

    function _assertCurrentValset(Valset calldata valset) private view {
        bytes32 given = makeValsetCheckpoint(valset);
        if (given != lastValsetCheckpoint) revert CheckpointMismatch(given, lastValsetCheckpoint);
    }

    /// @dev Walks signers in descending power and stops as soon as strictly more than 2/3 of the power has signed.
    function _assertSignedByCurrent(Valset calldata valset, Signature[] calldata sigs, bytes32 digest) private pure {
        address[] calldata validators = valset.validators;
        uint256[] calldata powers = valset.powers;
        uint256 size = validators.length;
        if (sigs.length > size) revert TooManySignatures(sigs.length, size);
        uint256 totalPower;
        // Cannot overflow: at most MAX_VALIDATORS powers of at most MAX_POWER each (checked when the set was stored).
        unchecked {
            for (uint256 i; i < size; ++i) {
                totalPower += powers[i];
            }
        }
        bytes32 signedHash = MessageHashUtils.toEthSignedMessageHash(digest);
        uint256 signedPower;
        for (uint256 i; i < sigs.length; ++i) {
            Signature calldata sig = sigs[i];
            uint8 v = sig.v;
            if (v == 0) continue;
            bytes32 s = sig.s;
            if (uint256(s) > SECP256K1_HALF_ORDER) revert MalleableSignature(i);
            // ecrecover yields address(0) for a v other than 27/28 or an invalid point; no validator is address(0).
            if (ecrecover(signedHash, v, sig.r, s) != validators[i]) revert InvalidSignature(i);
            unchecked {
                signedPower += powers[i];
                if (signedPower * 3 > totalPower * 2) return;
            }
        }
        revert InsufficientPower(signedPower, totalPower);
    }

    function _assertWellFormed(Valset calldata valset) private pure {
        address[] calldata validators = valset.validators;
        uint256[] calldata powers = valset.powers;
        _assertWellFormedShape(validators.length, powers.length);
        uint256 previous = type(uint256).max;
        for (uint256 i; i < validators.length; ++i) {
            previous = _assertMember(i, validators[i], powers[i], previous);
        }
    }

    function _assertWellFormedMemory(Valset memory valset) private pure {
        _assertWellFormedShape(valset.validators.length, valset.powers.length);
        uint256 previous = type(uint256).max;
        for (uint256 i; i < valset.validators.length; ++i) {
            previous = _assertMember(i, valset.validators[i], valset.powers[i], previous);
        }
    }

    function _assertWellFormedShape(uint256 validators, uint256 powers) private pure {
        if (validators != powers) revert ValsetLengthMismatch(validators, powers);
        if (validators == 0) revert EmptyValset();
        if (validators > MAX_VALIDATORS) revert ValsetTooLarge(validators, MAX_VALIDATORS);
    }

    function _assertMember(uint256 index, address validator, uint256 power, uint256 previousPower)
        private
        pure
        returns (uint256)
    {
        if (validator == address(0)) revert ZeroAddressValidator(index);
        if (power == 0) revert ZeroPower(index);
        if (power > MAX_POWER) revert PowerTooLarge(index);
        if (power > previousPower) revert ValsetNotSorted(index);
        return power;
    }

    function _mintBatch(uint256[] calldata amounts, address[] calldata destinations, uint256[] calldata fees)
        private
        returns (uint256 totalAmount, uint256 totalFees)
    {
        for (uint256 i; i < amounts.length; ++i) {
            token.mint(destinations[i], amounts[i]);
            totalAmount += amounts[i];
            totalFees += fees[i];
        }
        if (totalFees != 0) token.mint(msg.sender, totalFees);
    }

    // Bounded printable ASCII, so no stored CID can make the record unreadable or unboundedly costly (Gravity's metadata lesson).
    function _assertCheckpointCid(bytes calldata cid) private pure {
        if (cid.length == 0 || cid.length > MAX_CID_LENGTH) revert InvalidCheckpointCid();
        for (uint256 i; i < cid.length; ++i) {
            bytes1 c = cid[i];
            if (c < 0x21 || c > 0x7e) revert InvalidCheckpointCid();
        }
    }

    /// @dev Accepts exactly what the chain can credit: lowercase bech32, hrp "nrn", 20- or 32-byte payload, valid
    ///      checksum. Gravity accepted any string and had to route undecodable recipients to the community pool.
    function _assertNrnAddress(bytes calldata recipient) private pure {
        uint256 length = recipient.length;
        if (length < 4 || bytes4(recipient[:4]) != "nrn1") revert RecipientWrongPrefix();
        // "nrn1" + 32 data chars (20 bytes) + 6 checksum, or + 52 data chars (32 bytes) + 6 checksum
        if (length != 42 && length != 62) revert RecipientBadLength(length);
        bytes memory values = BECH32_VALUES;
        // Polymod over the expanded hrp "nrn": high bits (3, 3, 3), separator 0, low bits (14, 18, 14).
        uint256 checksum = 1;
        checksum = _bech32Step(checksum, 3);
        checksum = _bech32Step(checksum, 3);
        checksum = _bech32Step(checksum, 3);
        checksum = _bech32Step(checksum, 0);
        checksum = _bech32Step(checksum, 14);
        checksum = _bech32Step(checksum, 18);
        checksum = _bech32Step(checksum, 14);
        uint256 value;
        for (uint256 i = 4; i < length; ++i) {
            uint8 c = uint8(recipient[i]);
            if (c >= 128 || values[c] == 0) revert RecipientBadCharacter(i);
            value = uint8(values[c]) - 1;
            checksum = _bech32Step(checksum, value);
            // 52 five-bit groups carry 256 bits + 4 padding bits that must be zero
            if (length == 62 && i == length - 7 && value & 15 != 0) revert RecipientNonZeroPadding();
        }
        if (checksum != 1) revert RecipientBadChecksum();
    }

    function _bech32Step(uint256 checksum, uint256 value) private pure returns (uint256) {
        uint256 top = checksum >> 25;
        checksum = ((checksum & 0x1ffffff) << 5) ^ value;
        if (top & 1 != 0) checksum ^= 0x3b6a57b2;
        if (top & 2 != 0) checksum ^= 0x26508e6d;
        if (top & 4 != 0) checksum ^= 0x1ea119fa;
        if (top & 8 != 0) checksum ^= 0x3d4233dd;
        if (top & 16 != 0) checksum ^= 0x2a1462b3;
        return checksum;
    }
}
