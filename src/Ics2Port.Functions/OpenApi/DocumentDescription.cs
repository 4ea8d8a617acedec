namespace Ics2Port.Functions.OpenApi;

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ics2Port.Domain.Common;
using Ics2Port.Domain.Permits;
using Ics2Port.Domain.ShipSupplies;
using Ics2Port.Functions.Fallback.Inbox;
using Ics2Port.Functions.Hosting;
using Ics2Port.Functions.Permits;
using Ics2Port.Functions.Supplies;
using Microsoft.OpenApi;

/// <summary>
/// The document as a whole: its info, its server (the route prefix, relative to wherever the document is served, never
/// taken from a request), the key scheme, and the facts of <see cref="RequestRecords"/> and <see cref="ViewRecords"/>
/// applied to their components.
/// </summary>
public static class DocumentDescription
{
    public const string SchemeId = "ApiKey";

    public static void Apply(OpenApiDocument document, string routePrefix)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Ics2Port",
            Version = "v1",
            Description = "Port formalities: FAL documents, cargo manifests and unloading/loading permits of a port call, validated and stored. "
                + "Every answer that is not a success is an RFC 9457 problem (application/problem+json) whose errors carry a JSON Pointer and a rule ID. "
                + $"Every operation needs the {ApiGateway.ApiKeyHeader} header except the health probe and this document; in Azure the Functions host checks its function key first.",
            Contact = new OpenApiContact { Name = "Ics2Port" },
        };

        var prefix = "/" + routePrefix.Trim('/');
        document.Servers = [new OpenApiServer { Url = prefix, Description = "The API under the host's route prefix, on the host that serves this document." }];
        var paths = new OpenApiPaths();
        foreach (var (path, item) in document.Paths)
        {
            paths[path.StartsWith(prefix + "/", StringComparison.Ordinal) ? path[prefix.Length..] : path] = item;
        }

        document.Paths = paths;
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
        {
            [SchemeId] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ApiGateway.ApiKeyHeader,
                Description = "The key of a shipping agent or of the port authority.",
            },
        };
        document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeId, document)] = [] }];

        var schemas = document.Components.Schemas ?? new Dictionary<string, IOpenApiSchema>();
        foreach (var record in RequestRecords.All)
        {
            if (schemas.TryGetValue(record.Record.Name, out var schema) && schema is OpenApiSchema request)
            {
                Require(request, record);
                ApplyFields(request, record);
            }
        }

        foreach (var record in ViewRecords.All)
        {
            if (schemas.TryGetValue(record.Record.Name, out var schema) && schema is OpenApiSchema view)
            {
                ApplyFields(view, record);
            }
        }

        LimitFreeTexts(schemas);

        DescribeJsonElements(document, schemas);
    }

    // FORMAT-TEXT's limit, as the domain's validators check it, on every free-text field of the records they check; a
    // nested field (customsEndorsement.office) on the component its path leads to.
    private static void LimitFreeTexts(IDictionary<string, IOpenApiSchema> schemas)
    {
        foreach (var (record, fields) in FreeTextLimits.ByRecord)
        {
            foreach (var (path, maxLength) in fields)
            {
                var schema = schemas.TryGetValue(record.Name, out var component) ? component as OpenApiSchema : null;
                var names = path.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName).ToList();
                foreach (var name in names[..^1])
                {
                    schema = schema?.Properties?.TryGetValue(name, out var property) == true ? Resolve(property, schemas) : null;
                }

                if (schema?.Properties?.TryGetValue(names[^1], out var field) == true && field is OpenApiSchema text)
                {
                    text.MaxLength = maxLength;
                }
            }
        }
    }

    // The component a property points at, directly or as the one choice besides null.
    private static OpenApiSchema? Resolve(IOpenApiSchema property, IDictionary<string, IOpenApiSchema> schemas) => property switch
    {
        OpenApiSchemaReference { Reference.Id: { } id } => schemas.TryGetValue(id, out var target) ? target as OpenApiSchema : null,
        OpenApiSchema { OneOf: { } oneOf } => oneOf.Select(choice => Resolve(choice, schemas)).OfType<OpenApiSchema>().SingleOrDefault(choice => choice.Properties is not null),
        OpenApiSchema schema => schema,
        _ => null,
    };

    private static void Require(OpenApiSchema schema, RecordFacts record)
    {
        var properties = schema.Properties ?? new Dictionary<string, IOpenApiSchema>();
        var unknown = record.Optional.Concat(record.Fields.Keys).Where(name => !properties.ContainsKey(name)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException($"{record.Record.Name} has no field {string.Join(", ", unknown)}.");
        }

        schema.Required = properties.Keys.Where(name => !record.Optional.Contains(name)).ToHashSet(StringComparer.Ordinal);
        foreach (var name in schema.Required)
        {
            properties[name] = NotNull(properties[name]);
            if (properties[name] is OpenApiSchema { Type: JsonSchemaType.String, Pattern: null, Enum: null } text && !record.Fields.ContainsKey(name))
            {
                text.MinLength = 1;
            }
        }
    }

    // A required field may not be null: null counts as missing (REQUIRED).
    private static IOpenApiSchema NotNull(IOpenApiSchema property)
    {
        if (property is not OpenApiSchema schema)
        {
            return property;
        }

        if (schema.OneOf is { Count: 2 } oneOf && oneOf.FirstOrDefault(choice => choice is OpenApiSchema { Type: JsonSchemaType.Null }) is { } nullChoice)
        {
            return oneOf.Single(choice => choice != nullChoice);
        }

        schema.Type &= ~JsonSchemaType.Null;
        return schema;
    }

    private static void ApplyFields(OpenApiSchema schema, RecordFacts record)
    {
        foreach (var (name, facts) in record.Fields)
        {
            if (schema.Properties?.TryGetValue(name, out var property) != true)
            {
                throw new InvalidOperationException($"{record.Record.Name} has no field {name}.");
            }

            var description = string.IsNullOrEmpty(property!.Description) ? facts.Description : $"{property.Description} {facts.Description}";
            if (property is OpenApiSchemaReference reference)
            {
                reference.Description = description;
                continue;
            }

            if (property is not OpenApiSchema field)
            {
                continue;
            }

            field.Description = description;

            field.MinItems = facts.MinItems ?? field.MinItems;
            var value = field.Type?.HasFlag(JsonSchemaType.Array) == true && field.Items is OpenApiSchema items ? items : field;
            value.Pattern = facts.Pattern ?? value.Pattern;
            value.Format = facts.Format ?? value.Format;
            value.Minimum = facts.Minimum?.ToString(CultureInfo.InvariantCulture) ?? value.Minimum;
            value.ExclusiveMinimum = facts.ExclusiveMinimum?.ToString(CultureInfo.InvariantCulture) ?? value.ExclusiveMinimum;
            if (facts.Values is { } values)
            {
                // An enumerated field is left out rather than null.
                value.Type &= ~JsonSchemaType.Null;
                value.Enum = [.. values.Select(allowed => (JsonNode)JsonValue.Create(allowed))];
            }
        }
    }

    // Three fields are kept as they came, JSON in JSON: the stored permit application and ship supply, and an e-mail's one or many recipients.
    private static void DescribeJsonElements(OpenApiDocument document, IDictionary<string, IOpenApiSchema> schemas)
    {
        if (schemas.TryGetValue(nameof(PermitView), out var permit) && permit is OpenApiSchema view && schemas.ContainsKey(nameof(PermitApplication)))
        {
            view.Properties!["application"] = new OpenApiSchemaReference(nameof(PermitApplication), document) { Description = "The application as it was filed." };
        }

        if (schemas.TryGetValue(nameof(SupplyView), out var supply) && supply is OpenApiSchema supplyView && schemas.ContainsKey(nameof(ShipSupply)))
        {
            supplyView.Properties!["supply"] = new OpenApiSchemaReference(nameof(ShipSupply), document) { Description = "The supply as it was filed." };
        }

        if (schemas.TryGetValue(nameof(FallbackInboxMessage), out var message) && message is OpenApiSchema inbox)
        {
            var address = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = CodeFormats.Email.Pattern };
            inbox.Properties!["to"] = new OpenApiSchema
            {
                Description = "One address or a list of addresses.",
                OneOf = [address, new OpenApiSchema { Type = JsonSchemaType.Array, Items = address }, new OpenApiSchema { Type = JsonSchemaType.Null }],
            };
        }

        schemas.Remove("JsonElement");
    }
}
