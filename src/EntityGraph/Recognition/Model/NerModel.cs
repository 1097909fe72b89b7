using System;
using System.Buffers.Binary;
using System.IO;
using System.IO.Compression;
using System.Numerics;
using System.Text;

namespace EntityGraph.Recognition.Model;

/// <summary>
/// Trained weights (hashed feature key → one row of tag weights) plus the hashed gazetteer. Immutable
/// and thread-safe. File layout (little-endian): magic <c>EGNM</c>, format version (u16), feature-set
/// version (u16), payload length (u32), FNV-1a 64 of the payload (u64), then the Brotli-compressed
/// payload: tag names, hashing parameters, description, weights (delta-coded keys, tag masks, float16
/// values) and the gazetteer (delta-coded keys, category masks).
/// </summary>
internal sealed class NerModel : IWeights
{
    internal const ushort FormatVersion = 1;
    private const int S = NerTags.Stride;
    private static readonly byte[] Magic = "EGNM"u8.ToArray();

    private readonly UIntMap _rows;
    private readonly float[] _weights;

    internal NerModel(uint[] keys, float[] weights, Gazetteer gazetteer, string description)
    {
        Keys = keys;
        _weights = weights;
        var idx = new int[keys.Length];
        for (int i = 0; i < idx.Length; i++)
        {
            idx[i] = i;
        }

        _rows = new UIntMap(keys, idx);
        Gazetteer = gazetteer;
        Description = description;
    }

    internal uint[] Keys { get; }

    internal Gazetteer Gazetteer { get; }

    internal string Description { get; }

    internal int FeatureCount => Keys.Length;

    public void Score(ReadOnlySpan<uint> features, Span<float> scores)
    {
        float[] w = _weights;
        int lanes = Vector<float>.Count;
        if (Vector.IsHardwareAccelerated && S % lanes == 0)
        {
            Span<Vector<float>> acc = stackalloc Vector<float>[S / lanes];
            acc.Clear();
            foreach (uint key in features)
            {
                int r = _rows.Get(key, -1);
                if (r < 0)
                {
                    continue;
                }

                for (int v = 0; v < acc.Length; v++)
                {
                    acc[v] += new Vector<float>(w, (r * S) + (v * lanes));
                }
            }

            for (int v = 0; v < acc.Length; v++)
            {
                acc[v].CopyTo(scores.Slice(v * lanes, lanes));
            }

            return;
        }

        foreach (uint key in features)
        {
            int r = _rows.Get(key, -1);
            if (r >= 0)
            {
                for (int t = 0; t < NerTags.Count; t++)
                {
                    scores[t] += w[(r * S) + t];
                }
            }
        }
    }

    internal void Save(Stream stream)
    {
        var payload = new MemoryStream();
        using (var w = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true))
        {
            w.Write((byte)NerTags.Count);
            foreach (string name in NerTags.Names)
            {
                w.Write(name);
            }

            w.Write((byte)S);
            w.Write(FeatureHash.Offset);
            w.Write(FeatureHash.Prime);
            w.Write((byte)Gazetteer.Categories);
            w.Write((byte)Gazetteer.MaxWords);
            w.Write(Gazetteer.PhraseSeed);
            w.Write(Description);

            w.Write(Keys.Length);
            uint last = 0;
            for (int i = 0; i < Keys.Length; i++)
            {
                w.Write7BitEncodedInt((int)(Keys[i] - last));
                last = Keys[i];
                ushort mask = 0;
                for (int t = 0; t < NerTags.Count; t++)
                {
                    if (_weights[(i * S) + t] != 0f)
                    {
                        mask |= (ushort)(1 << t);
                    }
                }

                w.Write(mask);
                for (int t = 0; t < NerTags.Count; t++)
                {
                    float v = _weights[(i * S) + t];
                    if (v != 0f)
                    {
                        w.Write((Half)v);
                    }
                }
            }

            w.Write(Gazetteer.Count);
            last = 0;
            for (int i = 0; i < Gazetteer.Count; i++)
            {
                w.Write7BitEncodedInt((int)(Gazetteer.Keys[i] - last));
                last = Gazetteer.Keys[i];
            }

            w.Write(Gazetteer.Masks);
        }

        var compressed = new MemoryStream();
        using (var brotli = new BrotliStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            payload.Position = 0;
            payload.CopyTo(brotli);
        }

        byte[] body = compressed.ToArray();
        Span<byte> header = stackalloc byte[20];
        Magic.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], FormatVersion);
        BinaryPrimitives.WriteUInt16LittleEndian(header[6..], FeatureExtractor.FeatureSetVersion);
        BinaryPrimitives.WriteUInt32LittleEndian(header[8..], (uint)body.Length);
        BinaryPrimitives.WriteUInt64LittleEndian(header[12..], FeatureHash.OfBytes(body));
        stream.Write(header);
        stream.Write(body);
    }

    internal static NerModel Load(Stream stream, string file)
    {
        Span<byte> header = stackalloc byte[20];
        if (ReadFully(stream, header) < header.Length)
        {
            throw new ModelFormatException(file, "file is too short to be an EntityGraph NER model");
        }

        if (!header[..4].SequenceEqual(Magic))
        {
            throw new ModelFormatException(file, "not an EntityGraph NER model (bad magic number)");
        }

        ushort format = BinaryPrimitives.ReadUInt16LittleEndian(header[4..]);
        ushort features = BinaryPrimitives.ReadUInt16LittleEndian(header[6..]);
        if (format != FormatVersion)
        {
            throw new ModelFormatException(file, "model format version " + format + " is not supported (this library reads version " + FormatVersion + ")");
        }

        if (features != FeatureExtractor.FeatureSetVersion)
        {
            throw new ModelFormatException(file, "model feature-set version " + features + " does not match this library's feature set (version " + FeatureExtractor.FeatureSetVersion + "); retrain the model");
        }

        uint length = BinaryPrimitives.ReadUInt32LittleEndian(header[8..]);
        ulong checksum = BinaryPrimitives.ReadUInt64LittleEndian(header[12..]);
        if (length > 512u * 1024 * 1024)
        {
            throw new ModelFormatException(file, "declared payload length " + length + " is implausible");
        }

        byte[] body = new byte[length];
        if (ReadFully(stream, body) < body.Length)
        {
            throw new ModelFormatException(file, "file is truncated (payload shorter than its header says)");
        }

        if (FeatureHash.OfBytes(body) != checksum)
        {
            throw new ModelFormatException(file, "checksum mismatch: the file is corrupted");
        }

        try
        {
            using var brotli = new BrotliStream(new MemoryStream(body), CompressionMode.Decompress);
            using var r = new BinaryReader(brotli, Encoding.UTF8);
            int tagCount = r.ReadByte();
            if (tagCount != NerTags.Count)
            {
                throw new ModelFormatException(file, "model has " + tagCount + " tags, expected " + NerTags.Count);
            }

            for (int t = 0; t < tagCount; t++)
            {
                string name = r.ReadString();
                if (name != NerTags.Names[t])
                {
                    throw new ModelFormatException(file, "tag " + t + " is '" + name + "', expected '" + NerTags.Names[t] + "'");
                }
            }

            if (r.ReadByte() != S || r.ReadUInt64() != FeatureHash.Offset || r.ReadUInt64() != FeatureHash.Prime
                || r.ReadByte() != Gazetteer.Categories || r.ReadByte() != Gazetteer.MaxWords || r.ReadUInt64() != Gazetteer.PhraseSeed)
            {
                throw new ModelFormatException(file, "hashing parameters differ from this library's");
            }

            string description = r.ReadString();
            int count = r.ReadInt32();
            if (count < 0 || count > 64 * 1024 * 1024)
            {
                throw new ModelFormatException(file, "implausible feature count " + count);
            }

            var keys = new uint[count];
            var weights = new float[count * S];
            uint last = 0;
            for (int i = 0; i < count; i++)
            {
                last += (uint)r.Read7BitEncodedInt();
                keys[i] = last;
                ushort mask = r.ReadUInt16();
                for (int t = 0; t < NerTags.Count; t++)
                {
                    if ((mask & (1 << t)) != 0)
                    {
                        weights[(i * S) + t] = (float)r.ReadHalf();
                    }
                }
            }

            int gazCount = r.ReadInt32();
            if (gazCount < 0 || gazCount > 64 * 1024 * 1024)
            {
                throw new ModelFormatException(file, "implausible gazetteer size " + gazCount);
            }

            var gazKeys = new uint[gazCount];
            last = 0;
            for (int i = 0; i < gazCount; i++)
            {
                last += (uint)r.Read7BitEncodedInt();
                gazKeys[i] = last;
            }

            byte[] masks = r.ReadBytes(gazCount);
            if (masks.Length != gazCount)
            {
                throw new EndOfStreamException();
            }

            return new NerModel(keys, weights, new Gazetteer(gazKeys, masks), description);
        }
        catch (Exception ex) when (ex is EndOfStreamException or InvalidDataException or IOException or FormatException)
        {
            throw new ModelFormatException(file, "payload is damaged (" + ex.Message + ")", ex);
        }
    }

    private static int ReadFully(Stream s, Span<byte> buffer)
    {
        int total = 0;
        while (total < buffer.Length)
        {
            int n = s.Read(buffer[total..]);
            if (n == 0)
            {
                break;
            }

            total += n;
        }

        return total;
    }
}
