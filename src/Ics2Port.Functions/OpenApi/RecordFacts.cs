namespace Ics2Port.Functions.OpenApi;

/// <summary>
/// What the OpenAPI document says about a record beyond its C# type: the facts of its fields by their JSON names and,
/// for a request record (whose properties are all nullable so that the validators can report what is missing), which
/// fields are required: all but <see cref="Optional"/>.
/// </summary>
public sealed class RecordFacts(Type record, params string[] optional)
{
    private readonly Dictionary<string, FieldFacts> _fields = new(StringComparer.Ordinal);

    public Type Record { get; } = record;

    /// <summary>The JSON names of the fields a valid record may leave out.</summary>
    public IReadOnlySet<string> Optional { get; } = optional.ToHashSet(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, FieldFacts> Fields => _fields;

    public FieldFacts this[string name]
    {
        get => _fields[name];
        set => _fields[name] = value;
    }
}
