using Azure;

namespace Ics2Port.Storage;

/// <summary>
/// A table entity as a property bag. Supported values: <see cref="string"/>, <see cref="int"/>,
/// <see cref="long"/>, <see cref="double"/>, <see cref="bool"/>, <see cref="DateTimeOffset"/>,
/// <see cref="Guid"/> and <see cref="byte"/> arrays. Setting a property to <see langword="null"/> removes it.
/// </summary>
public sealed class TableEntity
{
    private static readonly HashSet<string> ReservedNames = new(StringComparer.Ordinal)
    {
        "PartitionKey", "RowKey", "Timestamp", "ETag",
    };

    private readonly Dictionary<string, object> _properties = new(StringComparer.Ordinal);

    /// <summary>Creates an entity with its keys and no properties.</summary>
    /// <param name="partitionKey">The partition key; must not contain '/', '\', '#' or '?'.</param>
    /// <param name="rowKey">The row key; the same characters are forbidden.</param>
    public TableEntity(string partitionKey, string rowKey)
    {
        ArgumentNullException.ThrowIfNull(partitionKey);
        ArgumentNullException.ThrowIfNull(rowKey);
        PartitionKey = partitionKey;
        RowKey = rowKey;
    }

    /// <summary>The partition key.</summary>
    public string PartitionKey { get; }

    /// <summary>The row key.</summary>
    public string RowKey { get; }

    /// <summary>The ETag the entity had when read; <c>default</c> for an entity built locally.</summary>
    public ETag ETag { get; internal set; }

    /// <summary>When the service last wrote the entity; <see langword="null"/> for an entity built locally.</summary>
    public DateTimeOffset? Timestamp { get; internal set; }

    /// <summary>The names of the entity's properties, keys and system properties excluded.</summary>
    public IEnumerable<string> Keys => _properties.Keys;

    /// <summary>Gets or sets a property; a missing property reads as <see langword="null"/>.</summary>
    /// <param name="name">The property name.</param>
    /// <exception cref="ArgumentException">The name is reserved or the value's type is not supported.</exception>
    public object? this[string name]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(name);
            return _properties.GetValueOrDefault(name);
        }

        set
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(name);
            if (ReservedNames.Contains(name) || name.StartsWith("odata.", StringComparison.Ordinal) || name.Contains('@', StringComparison.Ordinal))
            {
                throw new ArgumentException($"'{name}' is not a settable property name.", nameof(name));
            }

            if (value is null)
            {
                _properties.Remove(name);
                return;
            }

            if (value is not (string or int or long or double or bool or DateTimeOffset or Guid or byte[]))
            {
                throw new ArgumentException(
                    $"Property '{name}' has unsupported type {value.GetType()}.", nameof(value));
            }

            _properties[name] = value;
        }
    }

    /// <summary>Reads a string property.</summary>
    /// <param name="name">The property name.</param>
    /// <returns>The value, or <see langword="null"/> when absent.</returns>
    /// <exception cref="InvalidOperationException">The property holds another type.</exception>
    public string? GetString(string name) => Get<string>(name);

    /// <summary>Reads a 32-bit integer property.</summary>
    /// <param name="name">The property name.</param>
    /// <returns>The value, or <see langword="null"/> when absent.</returns>
    /// <exception cref="InvalidOperationException">The property holds another type.</exception>
    public int? GetInt32(string name) => this[name] switch
    {
        null => null,
        int i => i,
        var other => throw Mismatch(name, other, "Int32"),
    };

    /// <summary>Reads a 64-bit integer property; 32-bit values widen.</summary>
    /// <param name="name">The property name.</param>
    /// <returns>The value, or <see langword="null"/> when absent.</returns>
    /// <exception cref="InvalidOperationException">The property holds another type.</exception>
    public long? GetInt64(string name) => this[name] switch
    {
        null => null,
        long l => l,
        int i => i,
        var other => throw Mismatch(name, other, "Int64"),
    };

    /// <summary>Reads a double property; integer values widen.</summary>
    /// <param name="name">The property name.</param>
    /// <returns>The value, or <see langword="null"/> when absent.</returns>
    /// <exception cref="InvalidOperationException">The property holds another type.</exception>
    public double? GetDouble(string name) => this[name] switch
    {
        null => null,
        double d => d,
        int i => i,
        long l => l,
        var other => throw Mismatch(name, other, "Double"),
    };

    /// <summary>Reads a Boolean property.</summary>
    /// <param name="name">The property name.</param>
    /// <returns>The value, or <see langword="null"/> when absent.</returns>
    /// <exception cref="InvalidOperationException">The property holds another type.</exception>
    public bool? GetBoolean(string name) => GetValue<bool>(name);

    /// <summary>Reads a date-time property (stored as UTC).</summary>
    /// <param name="name">The property name.</param>
    /// <returns>The value, or <see langword="null"/> when absent.</returns>
    /// <exception cref="InvalidOperationException">The property holds another type.</exception>
    public DateTimeOffset? GetDateTimeOffset(string name) => GetValue<DateTimeOffset>(name);

    /// <summary>Reads a GUID property.</summary>
    /// <param name="name">The property name.</param>
    /// <returns>The value, or <see langword="null"/> when absent.</returns>
    /// <exception cref="InvalidOperationException">The property holds another type.</exception>
    public Guid? GetGuid(string name) => GetValue<Guid>(name);

    /// <summary>Reads a binary property.</summary>
    /// <param name="name">The property name.</param>
    /// <returns>The value, or <see langword="null"/> when absent.</returns>
    /// <exception cref="InvalidOperationException">The property holds another type.</exception>
    public byte[]? GetBinary(string name) => Get<byte[]>(name);

    internal IReadOnlyDictionary<string, object> Properties => _properties;

    // Values read from the service are already of a supported type; skip the setter's checks.
    internal void SetFromService(string name, object value) => _properties[name] = value;

    private T? Get<T>(string name)
        where T : class => this[name] switch
    {
        null => null,
        T value => value,
        var other => throw Mismatch(name, other, typeof(T).Name),
    };

    private T? GetValue<T>(string name)
        where T : struct => this[name] switch
    {
        null => null,
        T value => value,
        var other => throw Mismatch(name, other, typeof(T).Name),
    };

    private static InvalidOperationException Mismatch(string name, object value, string wanted) =>
        new($"Property '{name}' holds {value.GetType().Name}, not {wanted}.");
}
