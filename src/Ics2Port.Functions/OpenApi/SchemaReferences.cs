namespace Ics2Port.Functions.OpenApi;

using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

/// <summary>
/// Schemas for the types the functions' OpenAPI attributes name, as references to one component per record, so that a
/// shared shape (party, vessel, identity document) is one schema however many bodies and answers carry it.
/// </summary>
public static class SchemaReferences
{
    // The generator marks the schema of each record with its component id; it turns only its own schemas into references.
    private const string SchemaIdKey = "x-schema-id";

    /// <summary>The schema of <paramref name="type"/>: text, bytes, any JSON object, one of the documents, or a record.</summary>
    public static async Task<IOpenApiSchema> ForAsync(Type type, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (type == typeof(string))
        {
            return new OpenApiSchema { Type = JsonSchemaType.String };
        }

        if (type == typeof(Stream))
        {
            return new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" };
        }

        if (type == typeof(object))
        {
            return new OpenApiSchema { Type = JsonSchemaType.Object };
        }

        if (type == typeof(PortCallDocument))
        {
            var documents = new List<IOpenApiSchema>();
            foreach (var record in PortCallDocument.Records)
            {
                documents.Add(await ForAsync(record, context, cancellationToken));
            }

            return new OpenApiSchema { OneOf = documents };
        }

        return Reference(await context.GetOrCreateSchemaAsync(type, cancellationToken: cancellationToken), context.Document!);
    }

    private static IOpenApiSchema Reference(IOpenApiSchema schema, OpenApiDocument document)
    {
        if (schema is not OpenApiSchema full)
        {
            return schema;
        }

        foreach (var (name, property) in full.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            full.Properties![name] = Reference(property, document);
        }

        if (full.Items is not null)
        {
            full.Items = Reference(full.Items, document);
        }

        if (full.Metadata?.TryGetValue(SchemaIdKey, out var id) != true || id is not string { Length: > 0 } schemaId)
        {
            return full;
        }

        var nullable = full.Type?.HasFlag(JsonSchemaType.Null) == true;
        if (nullable)
        {
            full.Type &= ~JsonSchemaType.Null;
        }

        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas.TryAdd(schemaId, full);
        var reference = new OpenApiSchemaReference(schemaId, document);
        return nullable ? new OpenApiSchema { OneOf = [new OpenApiSchema { Type = JsonSchemaType.Null }, reference] } : reference;
    }
}
