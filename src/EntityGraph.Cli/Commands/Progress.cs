using System;
using System.IO;
using System.Threading;

namespace EntityGraph.Cli.Commands;

/// <summary>A one-line progress bar on the terminal; silent when output is redirected or the run is short.</summary>
internal sealed class Progress : IDisposable
{
    private readonly int _total;
    private readonly TextWriter? _writer;
    private int _done;
    private int _drawn = -1;
    private bool _disposed;

    public Progress(int total, TextWriter? writer)
    {
        _total = total;
        _writer = writer is not null && total >= 20 && !Console.IsErrorRedirected && ReferenceEquals(writer, Console.Error) ? writer : null;
    }

    public void Step()
    {
        int done = Interlocked.Increment(ref _done);
        if (_writer is null)
        {
            return;
        }

        int percent = done * 100 / _total;
        if (percent == Volatile.Read(ref _drawn))
        {
            return;
        }

        lock (_writer)
        {
            _drawn = percent;
            int filled = percent * 30 / 100;
            _writer.Write("\r[" + new string('#', filled) + new string('.', 30 - filled) + "] " + done + "/" + _total + " documents");
        }
    }

    public void Dispose()
    {
        if (!_disposed && _writer is not null && _drawn >= 0)
        {
            _writer.WriteLine();
        }

        _disposed = true;
    }
}
