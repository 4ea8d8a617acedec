namespace Ics2Port.Functions.Access;

using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

/// <summary>
/// Maps an <c>X-Api-Key</c> to its principal. Only hashes are configured; the presented key is hashed and
/// compared with every entry in constant time, so neither timing nor configuration reveals a key.
/// </summary>
public sealed class ApiKeyAuthenticator
{
    private readonly (byte[] Hash, Principal Principal)[] _keys;

    /// <summary>Throws <see cref="InvalidOperationException"/> on an entry that is not a hash and a principal: configuration errors must stop the start.</summary>
    public ApiKeyAuthenticator(IEnumerable<ApiKeyEntry> entries)
    {
        _keys = [.. entries.Select((entry, index) => Parse(entry, index))];
    }

    public int Count => _keys.Length;

    /// <summary>
    /// Entries from <c>Ics2Port:ApiKeys:{n}</c> (local settings) and from <c>Ics2Port:ApiKeys:Hashes</c>, one JSON
    /// array of the same entries: in Azure that setting is a Key Vault reference, which yields one string.
    /// </summary>
    public static ApiKeyAuthenticator FromConfiguration(IConfiguration configuration)
    {
        var section = configuration.GetSection("Ics2Port:ApiKeys");
        var listed = section.GetChildren()
            .Where(child => int.TryParse(child.Key, out _))
            .Select(child => child.Get<ApiKeyEntry>() ?? new ApiKeyEntry());
        return new([.. listed, .. FromJson(section["Hashes"])]);
    }

    private static List<ApiKeyEntry> FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<List<ApiKeyEntry>>(json, JsonSerializerOptions.Web) ?? [];
        }
        catch (JsonException e)
        {
            // Never echo the value: it is a secret's content.
            throw new InvalidOperationException($"Ics2Port:ApiKeys:Hashes must be a JSON array of {{ \"sha256\", \"principal\" }} (line {e.LineNumber}).");
        }
    }

    /// <summary>The principal of <paramref name="presentedKey"/>, or null when it is unknown.</summary>
    public Principal? Authenticate(string presentedKey)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(presentedKey));
        Principal? match = null;
        foreach (var (expected, principal) in _keys)
        {
            // No early exit: every entry costs the same whether or not an earlier one matched.
            if (CryptographicOperations.FixedTimeEquals(hash, expected))
            {
                match = principal;
            }
        }

        return match;
    }

    private static (byte[], Principal) Parse(ApiKeyEntry entry, int index)
    {
        byte[] hash;
        try
        {
            hash = Convert.FromHexString(entry.Sha256 ?? string.Empty);
        }
        catch (FormatException)
        {
            hash = [];
        }

        if (hash.Length != SHA256.HashSizeInBytes)
        {
            throw new InvalidOperationException($"Ics2Port:ApiKeys:{index}:sha256 must be 64 hex digits (the SHA-256 of the key).");
        }

        return Principal.TryParse(entry.Principal, out var principal)
            ? (hash, principal)
            : throw new InvalidOperationException($"Ics2Port:ApiKeys:{index}:principal must be 'authority', 'agent:<ID>' or 'supplier:<ID>' with ID of A-Z, 0-9 and '-', or 'customs:<control point>' (0210, 0311, 0411).");
    }
}
