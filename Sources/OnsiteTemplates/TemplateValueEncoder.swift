/// Turns an `Encodable` view into a ``TemplateValue`` tree.
///
/// Keys are the coding keys (the property names, for synthesized conformances); an optional
/// that is `nil` leaves its key out, so a template looking it up climbs to the enclosing values,
/// as Mustache does for a missing name.
public enum TemplateValueEncoder {
    public static func encode(_ value: some Encodable) throws -> TemplateValue {
        try encodeNested(value, at: [])
    }
}

/// What one encoder wrote: a single value, an object or a list. Containers nested inside it
/// (rare: synthesized conformances never ask for them) are kept as storages of their own and
/// folded in when ``value`` is read.
private final class Storage {
    var single: TemplateValue?
    var fields: [String: TemplateValue]?
    var items: [TemplateValue]?
    var nestedFields: [(key: String, storage: Storage)] = []
    var nestedItems: [(index: Int, storage: Storage)] = []

    var value: TemplateValue {
        if var fields {
            for nested in nestedFields { fields[nested.key] = nested.storage.value }
            return .object(fields)
        }
        if var items {
            for nested in nestedItems { items[nested.index] = nested.storage.value }
            return .list(items)
        }
        return single ?? .null
    }

    func nestedField(_ key: String) -> Storage {
        let nested = Storage()
        nestedFields.append((key, nested))
        return nested
    }

    func nestedItem() -> Storage {
        let nested = Storage()
        nestedItems.append((items?.count ?? 0, nested))
        items?.append(.null)
        return nested
    }
}

/// The value of `value`: primitives directly, anything else through its `encode(to:)`.
private func encodeNested(_ value: some Encodable, at path: [any CodingKey]) throws -> TemplateValue {
    switch value {
    case let string as String: return .string(string)
    case let int as Int: return .int(int)
    case let bool as Bool: return .bool(bool)
    case let double as Double: return .double(double)
    // The containers' other primitive overloads arrive here too (their defaults are generic).
    case let integer as any BinaryInteger: return Int(exactly: integer).map(TemplateValue.int) ?? .string("\(integer)")
    case let float as Float: return .double(Double(float))
    default:
        let storage = Storage()
        try value.encode(to: ValueEncoder(storage: storage, codingPath: path))
        return storage.value
    }
}

/// The encoder handed to each value. Nested values get their container's coding path, without
/// their own key appended: nothing here throws, and the path would cost an allocation per field.
private struct ValueEncoder: Encoder {
    let storage: Storage
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if storage.fields == nil { storage.fields = Dictionary(minimumCapacity: 16) }
        return KeyedEncodingContainer(ObjectContainer<Key>(storage: storage, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if storage.items == nil { storage.items = [] }
        return ListContainer(storage: storage, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleContainer(storage: storage, codingPath: codingPath)
    }
}

private struct ObjectContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let storage: Storage
    var codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws { storage.fields?[key.stringValue] = .null }
    mutating func encode(_ value: Bool, forKey key: Key) throws { storage.fields?[key.stringValue] = .bool(value) }
    mutating func encode(_ value: String, forKey key: Key) throws { storage.fields?[key.stringValue] = .string(value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { storage.fields?[key.stringValue] = .double(value) }
    mutating func encode(_ value: Int, forKey key: Key) throws { storage.fields?[key.stringValue] = .int(value) }

    mutating func encode(_ value: some Encodable, forKey key: Key) throws {
        storage.fields?[key.stringValue] = try encodeNested(value, at: codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        let nested = storage.nestedField(key.stringValue)
        nested.fields = [:]
        return KeyedEncodingContainer(ObjectContainer<NestedKey>(storage: nested, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = storage.nestedField(key.stringValue)
        nested.items = []
        return ListContainer(storage: nested, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder {
        ValueEncoder(storage: storage.nestedField("super"), codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        ValueEncoder(storage: storage.nestedField(key.stringValue), codingPath: codingPath + [key])
    }
}

private struct ListContainer: UnkeyedEncodingContainer {
    let storage: Storage
    var codingPath: [any CodingKey]
    var count: Int { storage.items?.count ?? 0 }

    mutating func encodeNil() throws { storage.items?.append(.null) }
    mutating func encode(_ value: String) throws { storage.items?.append(.string(value)) }
    mutating func encode(_ value: Int) throws { storage.items?.append(.int(value)) }
    mutating func encode(_ value: Bool) throws { storage.items?.append(.bool(value)) }
    mutating func encode(_ value: Double) throws { storage.items?.append(.double(value)) }

    mutating func encode(_ value: some Encodable) throws {
        storage.items?.append(try encodeNested(value, at: codingPath))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type
    ) -> KeyedEncodingContainer<NestedKey> {
        let nested = storage.nestedItem()
        nested.fields = [:]
        return KeyedEncodingContainer(ObjectContainer<NestedKey>(storage: nested, codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = storage.nestedItem()
        nested.items = []
        return ListContainer(storage: nested, codingPath: codingPath)
    }

    mutating func superEncoder() -> any Encoder { ValueEncoder(storage: storage.nestedItem(), codingPath: codingPath) }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let storage: Storage
    var codingPath: [any CodingKey]

    mutating func encodeNil() throws { storage.single = .null }
    mutating func encode(_ value: String) throws { storage.single = .string(value) }
    mutating func encode(_ value: Int) throws { storage.single = .int(value) }
    mutating func encode(_ value: Bool) throws { storage.single = .bool(value) }
    mutating func encode(_ value: Double) throws { storage.single = .double(value) }
    mutating func encode(_ value: some Encodable) throws { storage.single = try encodeNested(value, at: codingPath) }
}
