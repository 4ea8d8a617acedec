namespace Ics2Port.Functions.OpenApi;

using System.Globalization;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using Ics2Port.Functions.Hosting;
using Ics2Port.Functions.Outcomes;
using Ics2Port.Functions.Problems;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.OpenApi;

/// <summary>
/// What each operation says beyond its route and view records, read from its function's own attributes: query
/// and header parameters, request bodies, answers served byte for byte, problem answers, headers, links and examples; and what every
/// function answers through <see cref="ApiGateway"/> (401 with <c>WWW-Authenticate</c>, 403, 500, 503 with <c>Retry-After</c>).
/// </summary>
public static partial class OperationAnswers
{
    private static readonly int[] GatewayProblems = [StatusCodes.Status500InternalServerError, StatusCodes.Status503ServiceUnavailable];

    public static async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var anonymous = metadata.OfType<AllowAnonymousAttribute>().Any();
        if (anonymous)
        {
            operation.Security = [];
        }

        DescribeParameters(operation, context.Description.RelativePath, metadata);
        await DescribeBodiesAsync(operation, metadata, anonymous, context, cancellationToken);
        DescribeHeaders(operation, metadata, anonymous);
        DescribeLinks(operation, metadata);
        AnswerExamples.Apply(operation, metadata.OfType<IEndpointNameMetadata>().First().EndpointName);
    }

    private static void DescribeParameters(OpenApiOperation operation, string? relativePath, IList<object> metadata)
    {
        operation.Parameters ??= [];
        foreach (Match match in RouteParameter().Matches(relativePath ?? string.Empty))
        {
            operation.Parameters.Add(PathParameter(match.Groups["name"].Value, match.Groups["constraint"].Value == "int"));
        }

        foreach (var query in metadata.OfType<QueryParameterAttribute>())
        {
            var whole = query.Type == "integer";
            var schema = Schema(query.Name, whole);
            schema.Minimum = whole && query.Minimum != int.MinValue ? query.Minimum.ToString(CultureInfo.InvariantCulture) : null;
            schema.Maximum = whole && query.Maximum != int.MaxValue ? query.Maximum.ToString(CultureInfo.InvariantCulture) : null;
            operation.Parameters.Add(new OpenApiParameter { Name = query.Name, In = ParameterLocation.Query, Description = query.Description, Schema = schema });
        }

        foreach (var header in metadata.OfType<RequestHeaderAttribute>())
        {
            operation.Parameters.Add(new OpenApiParameter { Name = header.Name, In = ParameterLocation.Header, Description = header.Description, Schema = new OpenApiSchema { Type = JsonSchemaType.String } });
        }
    }

    // A parameter that carries a code or a wire name takes the shape the document gives that field elsewhere.
    private static OpenApiSchema Schema(string name, bool whole)
    {
        var facts = name switch
        {
            "direction" => ViewRecords.Directions,
            "type" => ViewRecords.Types,
            "state" => ViewRecords.States,
            "link" => ViewRecords.Links,
            "imo" => CodeFormats.Imo,
            "port" => CodeFormats.UnLocode,
            _ => null,
        };
        return new OpenApiSchema
        {
            Type = whole ? JsonSchemaType.Integer : JsonSchemaType.String,
            Pattern = facts?.Pattern,
            Enum = facts?.Values?.Select(value => (JsonNode)JsonValue.Create(value)).ToList(),
        };
    }

    private static async Task DescribeBodiesAsync(
        OpenApiOperation operation, IList<object> metadata, bool anonymous, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var bodies = metadata.OfType<RequestBodyAttribute>().ToList();
        if (bodies.Count > 0)
        {
            operation.RequestBody = new OpenApiRequestBody { Required = bodies.All(body => body.Required), Content = new Dictionary<string, OpenApiMediaType>() };
            foreach (var body in bodies)
            {
                operation.RequestBody.Content![body.ContentType] = new OpenApiMediaType { Schema = await SchemaReferences.ForAsync(body.Schema, context, cancellationToken) };
            }
        }

        operation.Responses ??= [];
        foreach (var content in metadata.OfType<ProducesContentAttribute>())
        {
            Content(Response(operation, content.StatusCode, "OK"))[content.ContentType] = new OpenApiMediaType { Schema = await SchemaReferences.ForAsync(content.Schema, context, cancellationToken) };
        }

        var problemSchema = await SchemaReferences.ForAsync(typeof(ApiProblem), context, cancellationToken);
        var problems = metadata.OfType<ProducesProblemsAttribute>().SelectMany(produces => produces.StatusCodes)
            // 403 for every keyed operation: the gateway refuses a supplier's key outside the supply operations.
            .Concat(anonymous ? [] : [StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden])
            .Concat(GatewayProblems);
        foreach (var status in problems.Distinct().Order())
        {
            Content(Response(operation, status, ProblemTypes.ForStatus(status).Title))[ApiResult.ProblemContentType] = new OpenApiMediaType { Schema = problemSchema };
        }
    }

    private static void DescribeHeaders(OpenApiOperation operation, IList<object> metadata, bool anonymous)
    {
        var headers = metadata.OfType<ResponseHeaderAttribute>()
            .Append(new ResponseHeaderAttribute(StatusCodes.Status503ServiceUnavailable, "Retry-After", "Seconds to wait before retrying, when storage was unavailable.") { Required = false });
        if (!anonymous)
        {
            headers = headers.Append(new ResponseHeaderAttribute(StatusCodes.Status401Unauthorized, "WWW-Authenticate", $"ApiKey header=\"{ApiGateway.ApiKeyHeader}\": the key this API asks for."));
        }

        foreach (var header in headers)
        {
            var response = Response(operation, header.StatusCode, "OK");
            response.Headers ??= new Dictionary<string, IOpenApiHeader>();
            response.Headers[header.Name] = new OpenApiHeader
            {
                Description = header.Description,
                Required = header.Required,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            };
        }
    }

    private static void DescribeLinks(OpenApiOperation operation, IList<object> metadata)
    {
        foreach (var link in metadata.OfType<OperationLinkAttribute>())
        {
            var response = Response(operation, link.StatusCode, "OK");
            response.Links ??= new Dictionary<string, IOpenApiLink>();
            response.Links[link.OperationId] = new OpenApiLink
            {
                OperationId = link.OperationId,
                Parameters = link.Parameters.Select(parameter => parameter.Split('=', 2)).ToDictionary(
                    pair => pair[0],
                    pair => pair[1].StartsWith('$')
                        ? new RuntimeExpressionAnyWrapper { Expression = RuntimeExpression.Build(pair[1]) }
                        : new RuntimeExpressionAnyWrapper { Any = JsonValue.Create(pair[1]) }),
            };
        }
    }

    private static IDictionary<string, OpenApiMediaType> Content(OpenApiResponse response) =>
        response.Content ??= new Dictionary<string, OpenApiMediaType>();

    private static OpenApiParameter PathParameter(string name, bool whole)
    {
        var description = name switch
        {
            "direction" => ViewRecords.Directions.Description,
            "type" => ViewRecords.Types.Description,
            "portCallId" => "The port call's id, as its creation answered it.",
            "version" => "The version's number, from 1.",
            "permitId" => "The permit application's id, as its receipt names it.",
            "supplyId" => "The supply's id, as its receipt names it.",
            "outageId" => "The outage's id, as its announcement answered it.",
            "caseId" => "The case's id: the document's id and version, e.g. pc-abc-arrival-fal1-v1, or a permit's or supply's, e.g. pc-abc-supply-sp-def-v2.",
            "intakeId" => "The intake's id, as its taking-in answered it.",
            "code" => "An HS code, 2 to 8 digits.",
            _ => throw new InvalidOperationException($"The path parameter '{name}' has no description."),
        };
        var schema = Schema(name, whole);
        schema.Minimum = whole ? "1" : null;
        return new OpenApiParameter { Name = name, In = ParameterLocation.Path, Required = true, Description = description, Schema = schema };
    }

    private static OpenApiResponse Response(OpenApiOperation operation, int status, string description)
    {
        var key = status.ToString(CultureInfo.InvariantCulture);
        if (operation.Responses!.TryGetValue(key, out var existing) && existing is OpenApiResponse response)
        {
            return response;
        }

        response = new OpenApiResponse { Description = description };
        operation.Responses[key] = response;
        return response;
    }

    [GeneratedRegex(@"\{(?<name>\w+)(?::(?<constraint>\w+))?\}", RegexOptions.CultureInvariant)]
    private static partial Regex RouteParameter();
}
