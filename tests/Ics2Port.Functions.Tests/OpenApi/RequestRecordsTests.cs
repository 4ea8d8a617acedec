using System.Text.Json;
using System.Text.Json.Nodes;
using Ics2Port.Domain.Common;
using Ics2Port.Domain.PortCalls;
using Ics2Port.Domain.Reading;
using Ics2Port.Domain.ShipSupplies;

namespace Ics2Port.Functions.Tests.OpenApi;

/// <summary>
/// Holds the request schemas of the OpenAPI document to the validators: a valid sample matches its schema; leaving out a
/// field the schema requires makes the validator report that field, leaving out an optional one does not; and every
/// value a schema enumerates is one the validator takes.
/// </summary>
public sealed class RequestRecordsTests
{
    // Optional in the schema, but required under a condition the sample meets: containerised cargo, goods.
    // The supplier's EORI (a party's is optional elsewhere); the ship's leaving, when a non-Union line is stores or fuel.
    private static readonly string[] ConditionallyRequired =
        ["/consignments/0/items/0/containerNumber", "/items/0/hsCode", "/items/1/hsCode", "/supplier/eori", "/shipLeavesCustomsTerritory"];

    private static readonly DocumentContext Arrival = new()
    {
        Direction = Direction.Arrival,
        Port = Samples.Port,
        ImoNumber = Samples.Imo,
        Eta = DateTimeOffset.Parse("2026-11-23T06:00:00+02:00", System.Globalization.CultureInfo.InvariantCulture),
        Etd = DateTimeOffset.Parse("2026-11-24T18:00:00+02:00", System.Globalization.CultureInfo.InvariantCulture),
    };

    public static TheoryData<string> Records() => [.. Cases.Keys];

    private static Dictionary<string, (string Sample, Func<string, IReadOnlyList<Finding>> Validate)> Cases { get; } = new()
    {
        ["PortCallRequest"] = (Samples.PortCall(), json => DocumentValidator.ValidatePortCall(Read(DocumentReader.ReadPortCall(Utf8(json)))).Errors),
        ["GeneralDeclaration"] = (Samples.Fal1(), json => Document(DocumentType.Fal1, json)),
        ["CargoManifest"] = (Samples.Manifest(), json => Document(DocumentType.Manifest, json)),
        ["ShipStoresDeclaration"] = (Samples.Fal3(), json => Document(DocumentType.Fal3, json)),
        ["CrewEffectsDeclaration"] = (Samples.Fal4, json => Document(DocumentType.Fal4, json)),
        ["CrewList"] = (CrewListJson(), json => Document(DocumentType.Fal5, json)),
        ["PassengerList"] = (Samples.Fal6(), json => Document(DocumentType.Fal6, json)),
        ["PermitApplication"] = (Samples.Permit(), json => Domain.Permits.PermitRules.ValidatePermit(Read(DocumentReader.ReadPermit(Utf8(json))), Arrival).Errors),
        ["ShipSupply"] = (Samples.Supply(declarationReference: "26LV000210EX001234"), json => SupplyRules.Validate(Read(DocumentReader.ReadSupply(Utf8(json))), new SupplyContext("BALTIC TRADER", "LV")).Errors),
        ["LoadingProof"] = (Samples.LoadingProof, json => ValidationReports.From(
            new LoadingProofValidator(Read(DocumentReader.ReadSupply(Utf8(Samples.Supply()))).Lines!).Validate(Read(DocumentReader.ReadLoadingProof(Utf8(json))))).Errors),
    };

    [Theory]
    [MemberData(nameof(Records))]
    public void Sample_Valid_MatchesItsSchema(string record)
    {
        var (sample, validate) = Cases[record];

        using var json = JsonDocument.Parse(sample);

        Assert.Empty(validate(sample));
        Assert.Empty(OpenApiConformance.SchemaViolations($"/components/schemas/{record}", json.RootElement));
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void EachField_LeftOut_ReportedByTheValidatorExactlyWhenTheSchemaRequiresIt(string record)
    {
        var (sample, validate) = Cases[record];
        var disagreements = new List<string>();

        foreach (var (pointer, schema, required) in Fields(JsonNode.Parse(sample)!, Component(record), string.Empty))
        {
            var without = JsonNode.Parse(sample)!;
            Remove(without, pointer);
            var reported = validate(without.ToJsonString()).Any(error => error.Pointer == pointer);
            if (reported != required && !(reported && ConditionallyRequired.Contains(pointer)))
            {
                disagreements.Add($"{pointer}: schema {(required ? "requires" : "does not require")} it, the validator {(reported ? "reports" : "does not report")} its absence ({schema["description"]}).");
            }
        }

        Assert.Empty(disagreements);
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void EachEnumeratedField_EveryValue_TakenByTheValidator(string record)
    {
        var (sample, validate) = Cases[record];
        var refused = new List<string>();

        foreach (var (pointer, schema, _) in Fields(JsonNode.Parse(sample)!, Component(record), string.Empty).Where(field => field.Schema["enum"] is not null))
        {
            foreach (var value in schema["enum"]!.AsArray().Select(value => value!.GetValue<string>()))
            {
                var changed = JsonNode.Parse(sample)!;
                Set(changed, pointer, value);
                refused.AddRange(validate(changed.ToJsonString()).Where(error => error.Pointer == pointer).Select(error => $"{pointer} = {value}: {error.Rule} {error.Message}"));
            }
        }

        Assert.Empty(refused);
    }

    // Every field of the sample with its schema and whether the schema requires it, depth first.
    private static IEnumerable<(string Pointer, JsonObject Schema, bool Required)> Fields(JsonNode node, JsonObject schema, string pointer)
    {
        schema = Resolve(schema);
        if (node is JsonArray array && schema["items"] is JsonObject items)
        {
            for (var index = 0; index < array.Count; index++)
            {
                foreach (var field in Fields(array[index]!, items, $"{pointer}/{index}"))
                {
                    yield return field;
                }
            }
        }

        if (node is not JsonObject instance || schema["properties"] is not JsonObject properties)
        {
            yield break;
        }

        var required = schema["required"]?.AsArray().Select(name => name!.GetValue<string>()).ToHashSet() ?? [];
        foreach (var (name, value) in instance.ToList())
        {
            if (properties[name] is not JsonObject property || value is null)
            {
                continue;
            }

            yield return ($"{pointer}/{name}", Resolve(property), required.Contains(name));
            foreach (var field in Fields(value, property, $"{pointer}/{name}"))
            {
                yield return field;
            }
        }
    }

    private static JsonObject Resolve(JsonObject schema)
    {
        if (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            return Component(reference.Split('/')[^1]);
        }

        return schema["oneOf"] is JsonArray choices && choices.FirstOrDefault(choice => choice!["$ref"] is not null) is JsonObject referenced
            ? Resolve(referenced)
            : schema;
    }

    private static JsonObject Component(string name) => OpenApiConformance.Served["components"]!["schemas"]![name]!.AsObject();

    private static void Remove(JsonNode root, string pointer)
    {
        var (parent, name) = Parent(root, pointer);
        parent.AsObject().Remove(name);
    }

    private static void Set(JsonNode root, string pointer, string value)
    {
        var (parent, name) = Parent(root, pointer);
        parent[name] = value;
    }

    private static (JsonNode Parent, string Name) Parent(JsonNode root, string pointer)
    {
        var tokens = JsonPointer.Split(pointer);
        var parent = tokens.SkipLast(1).Aggregate(root, (node, token) => node is JsonArray array ? array[int.Parse(token, System.Globalization.CultureInfo.InvariantCulture)]! : node[token]!);
        return (parent, tokens[^1]);
    }

    private static IReadOnlyList<Finding> Document(DocumentType type, string json) =>
        DocumentValidator.Validate(type, Read(DocumentReader.Read(type, DocumentFormat.Json, Utf8(json))), Arrival).Errors;

    private static T Read<T>(ReadResult<T> read)
        where T : class =>
        read.Document ?? throw new InvalidOperationException($"The sample cannot be read: {string.Join("; ", read.Errors.Select(error => $"{error.Pointer} {error.Message}"))}");

    private static string CrewListJson() =>
        JsonSerializer.Serialize(DocumentReader.Read(DocumentType.Fal5, DocumentFormat.Csv, Utf8(Samples.Fal5Csv())).Document, DocumentReader.JsonOptions);

    private static ReadOnlyMemory<byte> Utf8(string text) => System.Text.Encoding.UTF8.GetBytes(text);
}
