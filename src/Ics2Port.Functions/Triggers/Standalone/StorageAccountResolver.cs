using System.Collections.Concurrent;
using Ics2Port.Storage;

namespace Ics2Port.Functions.Triggers.Standalone;

/// <summary>
/// The storage account a binding's <c>connection</c> names: the app setting of that name, or the connection
/// string of that name, as the host resolves it. One account per connection.
/// </summary>
internal sealed class StorageAccountResolver(IConfiguration configuration)
{
    private readonly ConcurrentDictionary<string, StorageAccount> _accounts = new(StringComparer.OrdinalIgnoreCase);

    public StorageAccount For(string connection) => _accounts.GetOrAdd(connection, name =>
    {
        var connectionString = configuration[name] is { Length: > 0 } setting ? setting
            : configuration.GetConnectionString(name) is { Length: > 0 } named ? named
            : throw new InvalidOperationException($"The storage connection '{name}' is not configured (app setting or ConnectionStrings:{name}).");
        return StorageAccount.FromConnectionString(connectionString);
    });
}
