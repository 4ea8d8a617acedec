namespace Ics2Port.Domain.Reading;

using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

/// <summary>
/// Reads the documents' numbers strictly: a number that the field's type cannot hold (too large, or not whole where a
/// count is asked) is a wrong value (FORMAT-VALUE) at its field, not unreadable JSON; anything but a number is.
/// </summary>
internal static class JsonNumbers
{
    public static IEnumerable<JsonConverter> Converters { get; } = [new WholeNumberConverter(), new DecimalNumberConverter()];

    private static string Text(ref Utf8JsonReader reader) =>
        Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);

    /// <summary>A JSON number that does not fit its field; the serializer sets its path on the way out.</summary>
    internal sealed class OutOfRangeException(string detail) : JsonException(detail)
    {
        public string Detail { get; } = detail;
    }

    private sealed class WholeNumberConverter : JsonConverter<int>
    {
        public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.Number)
            {
                throw new JsonException();
            }

            return reader.TryGetInt32(out var value)
                ? value
                : throw new OutOfRangeException(string.Create(CultureInfo.InvariantCulture, $"{Text(ref reader)} is not a whole number from {int.MinValue} to {int.MaxValue}."));
        }

        public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
    }

    private sealed class DecimalNumberConverter : JsonConverter<decimal>
    {
        public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.Number)
            {
                throw new JsonException();
            }

            return reader.TryGetDecimal(out var value)
                ? value
                : throw new OutOfRangeException(string.Create(CultureInfo.InvariantCulture, $"{Text(ref reader)} is out of range: a number may be at most {decimal.MaxValue} in size."));
        }

        public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
    }
}
