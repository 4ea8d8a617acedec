using System.Text;
using System.Text.RegularExpressions;

namespace Ics2Port.Functions.Hosting;

/// <summary>
/// A blob trigger's <c>path</c>: a literal container, then a blob-name template such as <c>{name}</c> or
/// <c>{agent}/{name}.csv</c>. Matching follows the host's <c>BindingTemplateToken.BuildCapturePattern</c>: each
/// <c>{variable}</c> captures <c>.*</c> (slashes included), literals match exactly, <c>{{</c>/<c>}}</c> are braces,
/// and the whole name must match. So <c>inbound/{name}</c> gives <c>name = AG-X/pc-1/arrival/fal5.csv</c>.
/// Binding expressions and wildcards (<c>{*path}</c>, <c>{rand-guid}</c>) are not allowed in a trigger path.
/// </summary>
public sealed partial class BlobPathPattern
{
    private readonly IReadOnlyList<Token> _tokens;
    private readonly Regex _regex;

    private BlobPathPattern(string text, string container, IReadOnlyList<Token> tokens)
    {
        Text = text;
        Container = container;
        _tokens = tokens;
        Variables = tokens.Where(t => t.IsVariable).Select(t => t.Value).ToList();
        Prefix = string.Concat(tokens.TakeWhile(t => !t.IsVariable).Select(t => t.Value));
        _regex = new Regex(
            "^" + string.Concat(tokens.Select(t => t.IsVariable ? $"(?<{t.Value}>.*)" : Regex.Escape(t.Value))) + "$",
            RegexOptions.CultureInvariant | RegexOptions.Singleline);
    }

    public string Text { get; }

    public string Container { get; }

    /// <summary>The literal start of the blob name, for listing by prefix.</summary>
    public string Prefix { get; }

    public IReadOnlyList<string> Variables { get; }

    public static BlobPathPattern Parse(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == path.Length - 1)
        {
            throw new FormatException($"Blob path '{path}' must be 'container/blob-name-template', e.g. 'inbound/{{name}}'.");
        }

        var container = path[..slash];
        if (!ContainerName().IsMatch(container))
        {
            throw new FormatException($"Blob path '{path}' must start with a literal container name (3-63 lower-case letters, digits, hyphens).");
        }

        return new BlobPathPattern(path, container, Tokenize(path, path[(slash + 1)..]));
    }

    /// <summary>Matches a blob name (without the container) and returns its variables, or null.</summary>
    public IReadOnlyDictionary<string, string>? Match(string blobName)
    {
        var match = _regex.Match(blobName);
        if (!match.Success)
        {
            return null;
        }

        return Variables.ToDictionary(v => v, v => match.Groups[v].Value, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Builds the blob name from variable values, or null when one is missing.</summary>
    public string? Format(IReadOnlyDictionary<string, string> variables)
    {
        var name = new StringBuilder();
        foreach (var token in _tokens)
        {
            if (!token.IsVariable)
            {
                name.Append(token.Value);
            }
            else if (variables.TryGetValue(token.Value, out var value))
            {
                name.Append(value);
            }
            else
            {
                return null;
            }
        }

        return name.ToString();
    }

    public override string ToString() => Text;

    private static List<Token> Tokenize(string path, string template)
    {
        var tokens = new List<Token>();
        var literal = new StringBuilder();
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (c == '{' && i + 1 < template.Length && template[i + 1] == '{')
            {
                literal.Append('{');
                i++;
            }
            else if (c == '}' && i + 1 < template.Length && template[i + 1] == '}')
            {
                literal.Append('}');
                i++;
            }
            else if (c == '{')
            {
                var close = template.IndexOf('}', i + 1);
                if (close < 0)
                {
                    throw new FormatException($"Blob path '{path}' has an unclosed '{{'.");
                }

                var variable = template[(i + 1)..close];
                if (!VariableName().IsMatch(variable))
                {
                    throw new FormatException(
                        $"Blob path '{path}' has '{{{variable}}}', which a trigger path cannot capture; use a plain name such as '{{name}}' (it matches across '/').");
                }

                if (tokens.Count > 0 && tokens[^1].IsVariable && literal.Length == 0)
                {
                    throw new FormatException($"Blob path '{path}' has two variables with nothing between them.");
                }

                if (tokens.Any(t => t.IsVariable && string.Equals(t.Value, variable, StringComparison.OrdinalIgnoreCase)))
                {
                    throw new FormatException($"Blob path '{path}' uses '{{{variable}}}' twice.");
                }

                Flush(tokens, literal);
                tokens.Add(new Token(variable, IsVariable: true));
                i = close;
            }
            else if (c == '}')
            {
                throw new FormatException($"Blob path '{path}' has an unmatched '}}'.");
            }
            else
            {
                literal.Append(c);
            }
        }

        Flush(tokens, literal);
        return tokens;
    }

    private static void Flush(List<Token> tokens, StringBuilder literal)
    {
        if (literal.Length > 0)
        {
            tokens.Add(new Token(literal.ToString(), IsVariable: false));
            literal.Clear();
        }
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex VariableName();

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,62}$")]
    private static partial Regex ContainerName();

    private sealed record Token(string Value, bool IsVariable);
}
