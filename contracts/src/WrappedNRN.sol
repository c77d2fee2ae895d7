// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";

/// @title Wrapped NRN (wNRN)
/// @notice NRN on Ethereum: 1 wNRN unit = 1 unrn, so 6 decimals. Only the bridge that deployed it mints and burns.
contract WrappedNRN is ERC20, ERC20Permit {
    /// @notice The NRNBridge that created this token; the only minter and burner.
    address public immutable bridge;

    error OnlyBridge(address caller);

    modifier onlyBridge() {
        if (msg.sender != bridge) revert OnlyBridge(msg.sender);
        _;
    }

    constructor() ERC20("Wrapped NRN", "wNRN") ERC20Permit("Wrapped NRN") {
        bridge = msg.sender;
    }

    function decimals() public pure override returns (uint8) {
        return 6;
    }

    function mint(address to, uint256 amount) external onlyBridge {
        _mint(to, amount);
    }

    // No allowance: the bridge only ever burns from the account that called sendToChain.
    function burn(address from, uint256 amount) external onlyBridge {
        _burn(from, amount);
    }
}
