namespace Ics2Port.Functions.OpenApi;

using System.Collections;

/// <summary>
/// What the OpenAPI document says about a request record beyond its C# type, whose properties are all nullable so that
/// the validators can report what is missing: which fields are required (all but <see cref="Optional"/>), and the facts of
/// its fields by their JSON names.
/// </summary>
public sealed class RecordFacts(Type record, params string[] optional) : IEnumerable<KeyValuePair<string, FieldFacts>>
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

    public IEnumerator<KeyValuePair<string, FieldFacts>> GetEnumerator() => _fields.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
