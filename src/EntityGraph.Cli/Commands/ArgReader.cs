using System;
using System.Collections.Generic;
using System.Globalization;

namespace EntityGraph.Cli.Commands;

/// <summary>
/// A small reader of <c>--name value</c>, <c>--name=value</c> and <c>--flag</c> arguments; everything
/// else is positional. Unknown options are errors so typos are not silently ignored.
/// </summary>
internal sealed class ArgReader
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly List<string> _positional = new();

    /// <summary>Parses <paramref name="args"/>; <paramref name="flags"/> take no value, <paramref name="valued"/> take one.</summary>
    public ArgReader(string[] args, string[] flags, string[] valued)
    {
        for (int i = 0; i < args.Length; i++)
        {
            string a = args[i];
            if (a.StartsWith("--", StringComparison.Ordinal) && a.Length > 2)
            {
                string name = a;
                string? value = null;
                int eq = a.IndexOf('=', StringComparison.Ordinal);
                if (eq > 0)
                {
                    name = a[..eq];
                    value = a[(eq + 1)..];
                }

                if (Array.IndexOf(flags, name) >= 0)
                {
                    _options[name] = value ?? "true";
                }
                else if (Array.IndexOf(valued, name) >= 0)
                {
                    if (value is null)
                    {
                        if (i + 1 >= args.Length)
                        {
                            throw new ArgumentException("option " + name + " needs a value");
                        }

                        value = args[++i];
                    }

                    _options[name] = value;
                }
                else
                {
                    throw new ArgumentException("unknown option " + name);
                }
            }
            else
            {
                _positional.Add(a);
            }
        }
    }

    /// <summary>Positional arguments in order.</summary>
    public IReadOnlyList<string> Positional => _positional;

    /// <summary>Whether a flag or option was given.</summary>
    public bool Has(string name) => _options.ContainsKey(name);

    /// <summary>The value of an option, or <paramref name="fallback"/>.</summary>
    public string? Get(string name, string? fallback = null) => _options.TryGetValue(name, out string? v) ? v : fallback;

    /// <summary>The integer value of an option, or <paramref name="fallback"/>.</summary>
    public int GetInt(string name, int fallback)
    {
        string? v = Get(name);
        if (v is null)
        {
            return fallback;
        }

        return int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n)
            ? n
            : throw new ArgumentException("option " + name + " needs a whole number, not '" + v + "'");
    }
}
