using Ics2Port.Storage.Layout;
using Ics2Port.Testing;

namespace Ics2Port.Storage.Tests;

/// <summary>
/// A store on a layout of its own for each test, created on Azurite first, with small query pages so that
/// listings span several.
/// </summary>
/// <typeparam name="TStore">The store under test.</typeparam>
public abstract class StoreTests<TStore>(AzuriteFixture azurite, string name, Func<StorageLayout, TStore> create) : IAsyncLifetime
{
    /// <summary>The most entities per query page.</summary>
    protected const int PageSize = 2;

    /// <summary>A time in whole milliseconds, as the stores keep times.</summary>
    protected static readonly DateTimeOffset ReceivedAt = new(2026, 3, 2, 9, 15, 27, 123, TimeSpan.Zero);

    protected StorageLayout Layout { get; private set; } = null!;

    protected TStore Store { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        Layout = new StorageLayout(azurite.Blobs, azurite.Tables, azurite.UniqueName(name)) { QueryPageSize = PageSize };
        await Layout.CreateAllAsync();
        Store = create(Layout);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
