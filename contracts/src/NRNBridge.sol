// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {MessageHashUtils} from "@openzeppelin/contracts/utils/cryptography/MessageHashUtils.sol";
import {WrappedNRN} from "./WrappedNRN.sol";

/// @title NRN bridge
/// @notice Holds the NRN validator set as a checkpoint hash and executes what more than 2/3 of its power signs:
///         valset updates, outgoing batches (mint wNRN) and training settlements. sendToChain burns wNRN for the chain.
/// @dev Encodings of every signed digest are documented in contracts/README.md and reproduced by contracts/hash.ts.
///      A signer set travels packed: one 28-byte record per member, `address ‖ uint64 power`, sorted by descending power.
contract NRNBridge {
    /// @notice The current signer set as a call presents it. A signer's address is left out: the contract recovers it
    ///         from its signature, puts it back in the record and checks that the rebuilt set hashes to the stored
    ///         checkpoint, so a signature by anyone else than that member breaks the checkpoint.
    struct SignedValset {
        /// Bit i set: member i signed (MAX_VALIDATORS fits one word).
        uint256 signers;
        /// Per member in set order: a signer's uint64 power (8 bytes), anyone else's `address ‖ uint64 power` (28 bytes).
        bytes members;
        /// `r ‖ s ‖ v` (65 bytes) per signer, in set order.
        bytes signatures;
    }

    struct Settlement {
        bytes32 trainingSetVersion;
        string checkpointCid;
        uint64 nonce;
    }

    /// @notice Largest signer set: its worst-case update is measured by bench/bridge.ts and bridge.test.ts.
    uint256 public constant MAX_VALIDATORS = 250;
    /// @notice Powers are uint64 (CometBFT's own bound is lower), so no total of MAX_VALIDATORS powers can overflow.
    uint256 public constant MAX_POWER = 0xffffffffffffffff;
    uint256 public constant MAX_CID_LENGTH = 128;
    uint256 private constant MEMBER_BYTES = 28; // address ‖ uint64 power
    uint256 private constant POWER_BYTES = 8;
    uint256 private constant SIGNATURE_BYTES = 65; // r ‖ s ‖ v
    // What the assembly loops stop at; the Solidity around them turns each into its custom error.
    uint256 private constant FAULT_TRUNCATED = 1;
    uint256 private constant FAULT_MISSING_SIGNATURE = 2;
    uint256 private constant FAULT_HIGH_S = 3;
    uint256 private constant FAULT_UNRECOVERABLE = 4;
    uint256 private constant FAULT_EXTRA_SIGNATURES = 5;
    uint256 private constant FAULT_MALFORMED_MEMBER = 6;
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

    error MembersNotPacked(uint256 length);
    error EmptyValset();
    error ValsetTooLarge(uint256 size, uint256 max);
    error ZeroPower(uint256 index);
    error ZeroAddressValidator(uint256 index);
    error ValsetNotSorted(uint256 index);
    error StaleValsetNonce(uint64 given, uint64 current);
    error CheckpointMismatch(bytes32 given, bytes32 stored);
    error SignedValsetTruncated();
    error SignerOutsideValset(uint256 validators);
    error MissingSignature(uint256 index);
    error TooManySignatures(uint256 signatures, uint256 signers);
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

    /// @param members the genesis signer set, packed (`address ‖ uint64 power` per member, descending power)
    constructor(bytes32 bridgeId_, bytes memory members, uint64 nonce) {
        bridgeId = bridgeId_;
        token = new WrappedNRN();
        uint256 records;
        assembly ("memory-safe") {
            records := add(members, 0x20)
        }
        _assertWellFormed(records, members.length);
        bytes32 checkpoint = makeValsetCheckpoint(members, nonce);
        lastValsetCheckpoint = checkpoint;
        lastValsetNonce = nonce;
        // The deployment is event 1, so orchestrators see the genesis valset like any other update (as Gravity does).
        lastEventNonce = 1;
        emit ValsetUpdatedEvent(nonce, 1, checkpoint);
    }

    // ---------------------------------------------------------------- signed actions

    /// @notice Replace the signer set; signed by > 2/3 of the current set's power over the new set's checkpoint.
    /// @param newSet the new set in the call's short form (see `_expandNewSet`): a member of the current set is named
    ///        by its index there instead of by its address
    /// @param newCheckpoint what the signers signed: makeValsetCheckpoint of the new set, packed, and newNonce
    function updateValset(bytes calldata newSet, uint64 newNonce, bytes32 newCheckpoint, SignedValset calldata current)
        external
    {
        uint64 currentNonce = lastValsetNonce;
        if (newNonce <= currentNonce) revert StaleValsetNonce(newNonce, currentNonce);
        // The current set's records, rebuilt in memory, give the addresses the new set names by index.
        uint256 currentRecords = _assertSignedByCurrent(current, newCheckpoint, currentNonce);
        bytes32 expanded = _expandNewSet(newSet, newNonce, currentRecords);
        if (expanded != newCheckpoint) revert CheckpointMismatch(expanded, newCheckpoint);

        lastValsetCheckpoint = newCheckpoint;
        lastValsetNonce = newNonce;
        uint64 eventNonce = ++lastEventNonce;
        emit ValsetUpdatedEvent(newNonce, eventNonce, newCheckpoint);
    }

    /// @notice Execute an outgoing batch: mint amounts to destinations and the summed fees to the relayer.
    function submitBatch(
        SignedValset calldata current,
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
        _assertSignedByCurrent(
            current, makeBatchDigest(amounts, destinations, fees, batchNonce, batchTimeout), lastValsetNonce
        );

        lastBatchNonce = batchNonce;
        uint64 eventNonce = ++lastEventNonce;
        (uint256 totalAmount, uint256 totalFees) = _mintBatch(amounts, destinations, fees);
        emit BatchExecutedEvent(batchNonce, eventNonce, totalAmount, totalFees);
    }

    /// @notice Store a group's canonical training-set version and winning checkpoint CID, as the chain settled it.
    function recordSettlement(
        SignedValset calldata current,
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
        _assertSignedByCurrent(
            current, makeSettlementDigest(groupId, trainingSetVersion, checkpointCid, settlementNonce), lastValsetNonce
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

    /// @notice keccak256(bridgeId ‖ VALSET_TAG ‖ uint256 chainid ‖ uint256 nonce ‖ members), members packed.
    function makeValsetCheckpoint(bytes memory members, uint64 nonce) public view returns (bytes32) {
        return keccak256(abi.encodePacked(bridgeId, VALSET_TAG, block.chainid, uint256(nonce), members));
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

    /// @dev Rebuilds the current set's packed records in memory, recovering each signer's address from its signature,
    ///      and requires the result to hash to the stored checkpoint and the signers to hold > 2/3 of its power.
    function _assertSignedByCurrent(SignedValset calldata current, bytes32 digest, uint64 currentNonce)
        private
        view
        returns (uint256 records)
    {
        bytes32 signedHash = MessageHashUtils.toEthSignedMessageHash(digest);
        bytes32 id = bridgeId;
        uint256 input;
        assembly ("memory-safe") {
            // [input, +0x80): ecrecover's input; then the checkpoint preimage: 4 header words and the records.
            input := mload(0x40)
            mstore(input, signedHash)
            mstore(add(input, 0x80), id)
            mstore(add(input, 0xa0), VALSET_TAG)
            mstore(add(input, 0xc0), chainid())
            mstore(add(input, 0xe0), currentNonce)
        }
        (uint256 signedPower, uint256 totalPower, uint256 size, uint256 fault) = _rebuildCurrent(current, input);
        if (fault == FAULT_TRUNCATED) revert SignedValsetTruncated();
        if (fault == FAULT_MISSING_SIGNATURE) revert MissingSignature(size);
        if (fault == FAULT_HIGH_S) revert MalleableSignature(size);
        if (fault == FAULT_UNRECOVERABLE) revert InvalidSignature(size);
        if (fault == FAULT_EXTRA_SIGNATURES) {
            revert TooManySignatures(current.signatures.length / SIGNATURE_BYTES, _countSigners(current.signers, size));
        }
        if (size < 256 && current.signers >> size != 0) revert SignerOutsideValset(size);
        bytes32 rebuilt;
        assembly ("memory-safe") {
            records := add(input, 0x100)
            rebuilt := keccak256(add(input, 0x80), add(0x80, mul(size, MEMBER_BYTES)))
            // Keep the records: updateValset reads the current members' addresses from them.
            mstore(0x40, add(records, add(mul(size, MEMBER_BYTES), 0x20)))
        }
        if (rebuilt != lastValsetCheckpoint) revert CheckpointMismatch(rebuilt, lastValsetCheckpoint);
        // Cannot overflow: at most MAX_VALIDATORS uint64 powers (the stored set was checked when it was stored).
        unchecked {
            if (signedPower * 3 <= totalPower * 2) revert InsufficientPower(signedPower, totalPower);
        }
    }

    /// @dev One pass over the records, ecrecover only for members marked as signers; writes the records after the
    ///      header at `input + 0x100`. Stops at the first fault, with `size` the index of the member at fault.
    function _rebuildCurrent(SignedValset calldata current, uint256 input)
        private
        view
        returns (uint256 signedPower, uint256 totalPower, uint256 size, uint256 fault)
    {
        assembly ("memory-safe") {
            // Struct fields: signers, then the offsets (from the struct) of members and signatures: length, bytes.
            let p := add(current, calldataload(add(current, 0x20)))
            let end := add(add(p, 0x20), calldataload(p))
            p := add(p, 0x20)
            let sig := add(current, calldataload(add(current, 0x40)))
            // The last place a whole signature can start: the end of the signatures less one signature.
            let lastSig := sub(add(add(sig, 0x20), calldataload(sig)), SIGNATURE_BYTES)
            sig := add(sig, 0x20)
            let signers := calldataload(current)
            let out := add(input, 0x100)
            for {} lt(p, end) {} {
                switch and(signers, 1)
                case 0 {
                    // Already address ‖ power; the 4 bytes after it are overwritten by the next record or not hashed.
                    let record := calldataload(p)
                    mstore(out, record)
                    totalPower := add(totalPower, and(shr(32, record), MAX_POWER))
                    p := add(p, MEMBER_BYTES)
                }
                default {
                    if gt(sig, lastSig) {
                        fault := FAULT_MISSING_SIGNATURE
                        break
                    }
                    let s := calldataload(add(sig, 0x20))
                    if gt(s, SECP256K1_HALF_ORDER) {
                        fault := FAULT_HIGH_S
                        break
                    }
                    mstore(add(input, 0x20), shr(248, calldataload(add(sig, 0x40))))
                    calldatacopy(add(input, 0x40), sig, 0x40)
                    // The precompile returns nothing for a v other than 27/28 or an invalid point; no member is address(0).
                    mstore(0x00, 0)
                    pop(staticcall(gas(), 0x01, input, 0x80, 0x00, 0x20))
                    let signer := mload(0x00)
                    if iszero(signer) {
                        fault := FAULT_UNRECOVERABLE
                        break
                    }
                    s := shr(192, calldataload(p)) // the signer's power
                    mstore(out, or(shl(96, signer), shl(32, s)))
                    totalPower := add(totalPower, s)
                    signedPower := add(signedPower, s)
                    p := add(p, POWER_BYTES)
                    sig := add(sig, SIGNATURE_BYTES)
                }
                signers := shr(1, signers)
                out := add(out, MEMBER_BYTES)
            }
            size := div(sub(out, add(input, 0x100)), MEMBER_BYTES)
            // A record cut short was read past the members' end: nothing it produced counts.
            if iszero(fault) {
                if gt(p, end) { fault := FAULT_TRUNCATED }
                if lt(sig, add(lastSig, SIGNATURE_BYTES)) { fault := FAULT_EXTRA_SIGNATURES }
            }
        }
    }

    function _countSigners(uint256 signers, uint256 size) private pure returns (uint256 count) {
        for (uint256 i; i < size && i < 256; ++i) {
            count += (signers >> i) & 1;
        }
    }

    /// @dev The short form has, per new member in order: one byte `ref`, then (only when `ref` is 0) a 20-byte
    ///      address, then the uint64 power (8 bytes). `ref` k > 0 names the address of current member k-1.
    ///      Writes the packed records after the checkpoint header and checks them in the same pass (the rules of
    ///      `_assertWellFormed`, which the constructor applies); returns their checkpoint.
    function _expandNewSet(bytes calldata newSet, uint64 nonce, uint256 currentRecords)
        private
        view
        returns (bytes32 checkpoint)
    {
        bytes32 id = bridgeId;
        uint256 head;
        uint256 size;
        uint256 fault;
        assembly ("memory-safe") {
            head := mload(0x40)
            mstore(head, id)
            mstore(add(head, 0x20), VALSET_TAG)
            mstore(add(head, 0x40), chainid())
            mstore(add(head, 0x60), nonce)
            let out := add(head, 0x80)
            let p := newSet.offset
            let end := add(p, newSet.length)
            let named := sub(currentRecords, MEMBER_BYTES) // record of ref k at named + k * MEMBER_BYTES
            let previous := not(0)
            for {} lt(p, end) {} {
                let word := calldataload(p)
                let ref := shr(248, word)
                // A ref past the current set reads other memory: it can only yield a set nobody signed.
                let validator := shr(96, mload(add(named, mul(ref, MEMBER_BYTES))))
                if iszero(ref) {
                    validator := shr(96, shl(8, word))
                    p := add(p, 20)
                }
                let power := shr(192, calldataload(add(p, 1)))
                mstore(out, or(shl(96, validator), shl(32, power)))
                p := add(p, add(1, POWER_BYTES))
                if or(or(iszero(validator), iszero(power)), gt(power, previous)) {
                    fault := FAULT_MALFORMED_MEMBER
                    break
                }
                previous := power
                out := add(out, MEMBER_BYTES)
            }
            size := div(sub(out, add(head, 0x80)), MEMBER_BYTES)
            // A record cut short read past the end: that, not what it read, is the fault.
            if gt(p, end) { fault := FAULT_TRUNCATED }
            checkpoint := keccak256(head, sub(out, head))
        }
        if (fault == FAULT_TRUNCATED) revert MembersNotPacked(newSet.length);
        // The faulty record is the last one written: the full check names its fault (it cannot pass).
        if (fault == FAULT_MALFORMED_MEMBER) _assertWellFormed(head + 0x80, (size + 1) * MEMBER_BYTES);
        if (size == 0) revert EmptyValset();
        if (size > MAX_VALIDATORS) revert ValsetTooLarge(size, MAX_VALIDATORS);
    }

    /// @dev The rules every stored set obeys, so any stored set can always be submitted at a measured cost.
    /// @param records memory address of the packed records, `length` bytes
    function _assertWellFormed(uint256 records, uint256 length) private pure {
        if (length % MEMBER_BYTES != 0) revert MembersNotPacked(length);
        uint256 size = length / MEMBER_BYTES;
        if (size == 0) revert EmptyValset();
        if (size > MAX_VALIDATORS) revert ValsetTooLarge(size, MAX_VALIDATORS);
        uint256 index;
        assembly ("memory-safe") {
            let previous := not(0)
            for { let p := records } lt(index, size) { index := add(index, 1) } {
                // A record fills the top 28 bytes of the word; the low 4 belong to the next one.
                let record := mload(p)
                let power := and(shr(32, record), MAX_POWER)
                if or(or(iszero(shr(96, record)), iszero(power)), gt(power, previous)) { break }
                previous := power
                p := add(p, MEMBER_BYTES)
            }
        }
        if (index == size) return;
        uint256 faulty;
        assembly ("memory-safe") {
            faulty := mload(add(records, mul(index, MEMBER_BYTES)))
        }
        if (faulty >> 96 == 0) revert ZeroAddressValidator(index);
        if ((faulty >> 32) & MAX_POWER == 0) revert ZeroPower(index);
        revert ValsetNotSorted(index);
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
