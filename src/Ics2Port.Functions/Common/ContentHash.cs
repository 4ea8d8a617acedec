namespace Ics2Port.Functions.Common;

using System.Security.Cryptography;

/// <summary>The SHA-256 that identifies a body in receipts, blob names and idempotency checks.</summary>
public static class ContentHash
{
    public static string Sha256Hex(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
